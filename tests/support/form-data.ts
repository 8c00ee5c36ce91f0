/** A posted form with these fields, in order (a name may repeat, as a list's values do). */
export const formData = (entries: [string, string][]) => {
  const form = new FormData();
  for (const [k, v] of entries) form.append(k, v);
  return form;
};
