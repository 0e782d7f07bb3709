const MONTHS = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

/** "4 december 2024" → "2024-12-04"; "maart 2024" → "2024-03"; undefined when it is not a Dutch date. */
export function dutchDate(text: string): string | undefined {
  const m =
    /(?:(\d{1,2}) )?(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) (\d{4})/i.exec(
      text,
    );
  if (!m) return undefined;
  const month = String(MONTHS.indexOf((m[2] as string).toLowerCase()) + 1).padStart(2, '0');
  return m[1] ? `${m[3]}-${month}-${m[1].padStart(2, '0')}` : `${m[3]}-${month}`;
}
