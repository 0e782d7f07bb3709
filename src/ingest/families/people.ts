import type { ParsedPerson } from '../familyTypes';

/** "Podt (D66) en Van Dijk (VVD)", "A (X), B (Y) en C (Z)" → the members with their party, as printed. */
export function membersWithParty(list: string): ParsedPerson[] {
  return [...list.matchAll(/(?:^|,\s*|\s+en\s+)(?:de heer |mevrouw )?([^,()]+?)\s*\(([^)]+)\)/g)].map((m) => ({
    name: (m[1] as string).trim(),
    party: (m[2] as string).trim(),
  }));
}
