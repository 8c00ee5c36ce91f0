/** The confirmation at the top of a page after a form was saved. */
export function OkMessage({ text }: { text?: string }) {
  if (!text) return null;
  return (
    <p role="status" className="mb-6 border-l-4 border-green-800 bg-green-50 p-4 font-semibold">
      {text}
    </p>
  );
}
