import { z } from 'zod';
import { ELEMENT_TYPES, type ElementType } from './element-types';
import { MAX_NAME_LENGTH } from './normalize';

/** How an element is named in URLs and APIs: "Type:key", e.g. "Scenario:retail demand forecasting". */
export interface ElementRef {
  type: ElementType;
  key: string;
}

export function formatElementRef(ref: ElementRef): string {
  return `${ref.type}:${ref.key}`;
}

/** Parses "Type:key"; the type must be one of the four element types and the key non-empty. */
export const elementRefSchema = z.string().transform((value, ctx): ElementRef => {
  const colon = value.indexOf(':');
  const type = colon === -1 ? '' : value.slice(0, colon);
  const key = colon === -1 ? '' : value.slice(colon + 1);
  if (!(ELEMENT_TYPES as readonly string[]).includes(type)) {
    ctx.addIssue({ code: 'custom', message: `must be "Type:key" with Type one of ${ELEMENT_TYPES.join(', ')}` });
    return z.NEVER;
  }
  if (key.length === 0 || key.length > MAX_NAME_LENGTH) {
    ctx.addIssue({ code: 'custom', message: `key must be 1 to ${MAX_NAME_LENGTH} characters` });
    return z.NEVER;
  }
  return { type: type as ElementType, key };
});
