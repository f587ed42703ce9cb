// The pane's own failures: their message is French and written for the treasurer, shown as it is.

/** A failure the pane explains itself (a sheet or a name in the way, a workbook without a budget…). */
export class PaneError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PaneError";
  }
}
