/** Where a figure comes from; every data table carries one so a treasurer can check it. */
export interface Provenance {
  /** Document or legal text the figures come from. */
  source: string;
  /** Date of the source text (ISO). */
  date: string;
  /** Confidence note where ../shared/domain/FACTS.md flags one. */
  confidence?: string;
}
