import { getFormatter, getTranslations } from "next-intl/server";

/**
 * The receipt's head, shared by the request and the question: title, number and time received, then
 * where the confirmation was mailed (`emailSent`).
 */
export async function ReceiptBox({
  title,
  request: { registrationNumber: number, receivedAt },
  emailSent,
}: {
  title: string;
  request: { registrationNumber: string | null; receivedAt: Date | null };
  emailSent?: string;
}) {
  const intake = await getTranslations("intake");
  const format = await getFormatter();
  return (
    <>
      <div className="border-4 border-green-800 bg-green-50 p-6 text-center">
        <h1>{title}</h1>
        <p className="text-lg">{intake("receipt.numberLabel")}</p>
        <p className="mt-1 text-3xl font-bold" data-testid="registration-number">
          {number}
        </p>
        {receivedAt && (
          <p>
            {intake("receipt.received", {
              date: format.dateTime(receivedAt, { dateStyle: "long", timeStyle: "short" }),
            })}
          </p>
        )}
      </div>
      {emailSent && <p className="mt-6 text-lg">{emailSent}</p>}
    </>
  );
}
