import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AnswersList } from "@/components/intake/answers-list";
import type { Answers } from "@/lib/domain/intake/schema";
import { BackLink } from "@/components/back-link";
import { opinionForExpert } from "@/lib/server/staff/opinions";
import { openStaffPage, staffMetadata } from "@/lib/server/staff/page";
import { CheckboxGroup, TextField } from "@/components/form/field-kit";
import { PostForm } from "@/components/form/post-form";

type Props = PageProps<"/[locale]/staff/opinions/[id]">;

export const generateMetadata = staffMetadata("staff.opinions.title");

export default async function OpinionPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { user } = await openStaffPage(params, "giveOpinions", {
    pathname: "/staff/opinions/[id]",
    params: { id },
  });
  const data = await opinionForExpert(id, user.id);
  if (!data) notFound();
  const { opinion, request, attachments } = data;
  const t = await getTranslations("staff.opinions");
  const fel = (await searchParams).fel;
  const action = (verb: string) => `/api/staff/opinions/${id}/${verb}`;
  return (
    <>
      <BackLink href="/staff/opinions">{t("back")}</BackLink>
      {fel && (
        <div id="fel" role="alert" tabIndex={-1} className="mb-6 border-4 border-red-700 p-4 font-semibold">
          {fel === "answer" ? t("answerError") : fel === "refused" ? t("refusedError") : t("chooseError")}
        </div>
      )}
      <h1>{t("caseTitle", { number: request.registrationNumber ?? "" })}</h1>
      <p className="text-lg">{request.subject}</p>
      <p>
        {request.organisation?.name}
        {request.organisation?.orgNumber ? ` (${request.organisation.orgNumber})` : ""}
      </p>
      <h2>{t("question")}</h2>
      <p className="whitespace-pre-line">{opinion.question}</p>

      {opinion.conflictDeclaredAt === null ? (
        <PostForm action={action("declare")} className="mt-6" submit={t("declare")} submitSpacing="mt-4">
          <CheckboxGroup
            type="radio"
            id="conflict"
            label={t("declareHeading")}
            hint={t("declareText")}
            options={(["no", "yes"] as const).map((v) => ({
              value: v,
              label: v === "yes" ? t("hasConflict") : t("noConflict"),
              id: `conflict-${v}`,
            }))}
            chosen={[]}
            spacing=""
          />
          <TextField
            id="note"
            label={t("conflictNote")}
            rows={2}
            maxLength={2000}
            width="widest"
            compact
            spacing="mt-4"
          />
        </PostForm>
      ) : opinion.hasConflict ? (
        <p className="mt-6 border-l-4 border-slate-500 p-3">{t("steppedAside")}</p>
      ) : (
        <>
          {request.kind === "COLLABORATION" && "answers" in request && (
            <AnswersList answers={request.answers as Answers} />
          )}
          {attachments.length > 0 && (
            <ul className="mt-4 list-disc pl-6">
              {attachments.map((a) => (
                <li key={a.id}>
                  <a href={action(`files/${a.id}`)}>{a.filename}</a>
                </li>
              ))}
            </ul>
          )}
          {opinion.answeredAt ? (
            <section aria-labelledby="given">
              <h2 id="given">{t("yourAnswer")}</h2>
              <p className="whitespace-pre-line">{opinion.answer}</p>
            </section>
          ) : (
            <PostForm action={action("answer")} className="mt-8" submit={t("send")} submitSpacing="mt-4">
              <TextField
                id="answer"
                label={t("answer")}
                rows={8}
                invalid={fel === "answer"}
                width="widest"
                spacing=""
              />
            </PostForm>
          )}
        </>
      )}
    </>
  );
}
