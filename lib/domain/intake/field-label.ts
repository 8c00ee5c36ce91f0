// A form field's label where it is read back (summaries, the receipt mail, the staff case page): the
// form's "(frivilligt)"/"(optional)" marker tells someone filling in the form what may be left empty;
// repeated on every line of a summary it is only noise.
export function summaryLabel(label: string): string {
  return label.replace(/\s*\((frivilligt|optional)\)\s*$/i, "");
}
