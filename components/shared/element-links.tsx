import Link from 'next/link';
import { ELEMENT_TYPE_INFO } from '@/lib/domain/element-types';
import type { CombinationFeature } from '@/lib/synthesis/types';

/** The Explore page focused on one element ("Type:key"). */
export const exploreHref = (id: string) => `/explore?${new URLSearchParams({ focus: id })}`;

/** A scenario's name linking to its neighbourhood in Explore. */
export function ScenarioLink({ scenario }: { scenario: { key: string; name: string } }) {
  return (
    <Link
      href={exploreHref(`Scenario:${scenario.key}`)}
      className="element-link"
      style={{ borderColor: ELEMENT_TYPE_INFO.Scenario.color }}
    >
      {scenario.name}
    </Link>
  );
}

/** A combination's features, coloured by type, each linking to Explore. */
export function FeatureLinks({ features, label }: { features: CombinationFeature[]; label: string }) {
  return (
    <ul className="element-links" aria-label={label}>
      {features.map((feature) => (
        <li key={feature.id}>
          <Link
            href={exploreHref(feature.id)}
            className="element-link"
            style={{ borderColor: ELEMENT_TYPE_INFO[feature.type].color }}
            title={ELEMENT_TYPE_INFO[feature.type].title}
          >
            <span className="element-type">{ELEMENT_TYPE_INFO[feature.type].short}</span> {feature.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}
