/** The four element types of SPEC.md §2; the type name doubles as the Neo4j label. */
export const ELEMENT_TYPES = ['Scenario', 'Knowledge', 'DomainSkill', 'CodingSkill'] as const;

export type ElementType = (typeof ELEMENT_TYPES)[number];

export interface ElementTypeInfo {
  /** Abbreviation used in the paper. */
  short: 'AS' | 'DK' | 'DS' | 'CS';
  /** Human-readable name, singular. */
  title: string;
  /** Key of the list holding this type in an extraction record. */
  recordField: 'scenarios' | 'knowledge' | 'domainSkills' | 'codingSkills';
  /** Colour used for this type everywhere in the UI (colour-blind-safe Tableau palette). */
  color: string;
}

export const ELEMENT_TYPE_INFO: Readonly<Record<ElementType, ElementTypeInfo>> = {
  Scenario: { short: 'AS', title: 'Application scenario', recordField: 'scenarios', color: '#e15759' },
  Knowledge: { short: 'DK', title: 'Domain knowledge', recordField: 'knowledge', color: '#4e79a7' },
  DomainSkill: { short: 'DS', title: 'Domain skill', recordField: 'domainSkills', color: '#59a14f' },
  CodingSkill: { short: 'CS', title: 'Coding skill', recordField: 'codingSkills', color: '#b07aa1' },
};

export function isElementType(value: unknown): value is ElementType {
  return typeof value === 'string' && (ELEMENT_TYPES as readonly string[]).includes(value);
}
