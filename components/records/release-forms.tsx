import { PrimaryButton, SecondaryButton, SubmitChoices } from "@/components/form/buttons";
import { ConfirmField, SelectField } from "@/components/form/field-kit";
import { PostForm } from "@/components/form/post-form";

// Releasing a case's documents (the list as CSV or PDF, or one document) and making its archive
// package: plain POST forms, so nothing about the request rides in an address.

export interface ReleaseText {
  heading: string;
  lead: string;
  reviewed: string;
  list: string;
  csv: string;
  pdf: string;
  single: string;
  document: string;
  downloadOne: string;
  singleError?: string;
}

function Reviewed({ id, label, error }: { id: string; label: string; error?: string }) {
  return <ConfirmField id={id} name="reviewed" value="yes" label={label} error={error} quietError compact />;
}

export function ReleaseForms(props: {
  requestId: string;
  documents: { id: string; label: string }[];
  text: ReleaseText;
}) {
  const { requestId, text } = props;
  const base = `/api/staff/cases/${requestId}/documents`;
  return (
    <section aria-labelledby="release-h" className="mt-10">
      <h2 id="release-h">{text.heading}</h2>
      <p className="max-w-3xl">{text.lead}</p>
      <PostForm action={`${base}/export`} className="mt-4">
        <fieldset>
          <legend className="text-lg font-semibold">{text.list}</legend>
          <Reviewed id="list-reviewed" label={text.reviewed} />
          <SubmitChoices
            name="format"
            className="mt-3 gap-3"
            choices={[
              { value: "csv", label: text.csv, primary: true },
              { value: "pdf", label: text.pdf },
            ]}
          />
        </fieldset>
      </PostForm>
      {props.documents.length > 0 && (
        <PostForm action={`${base}/file`} className="mt-8">
          <fieldset>
            <legend className="text-lg font-semibold">{text.single}</legend>
            {text.singleError && (
              <p id="single-error" className="font-semibold text-red-800">
                {text.singleError}
              </p>
            )}
            <SelectField
              id="single-document"
              name="document"
              label={text.document}
              options={props.documents.map((d) => ({ value: d.id, label: d.label }))}
              compact
              spacing="mt-2"
              width="fit"
            />
            <Reviewed id="single-reviewed" label={text.reviewed} error={text.singleError} />
            <SecondaryButton type="submit" className="mt-3">
              {text.downloadOne}
            </SecondaryButton>
          </fieldset>
        </PostForm>
      )}
    </section>
  );
}

export function ArchiveForm(props: {
  requestId: string;
  locale: string;
  text: { heading: string; lead: string; submit: string; error?: string };
}) {
  return (
    <section aria-labelledby="archive-h" className="mt-10">
      <h2 id="archive-h">{props.text.heading}</h2>
      <p className="max-w-3xl">{props.text.lead}</p>
      {props.text.error && (
        <p id="archive-error" className="font-semibold text-red-800">
          {props.text.error}
        </p>
      )}
      <PostForm action={`/api/staff/cases/${props.requestId}/archive`}>
        <PrimaryButton
          type="submit"
          id="archive"
          aria-describedby={props.text.error ? "archive-error" : undefined}
        >
          {props.text.submit}
        </PrimaryButton>
      </PostForm>
    </section>
  );
}
