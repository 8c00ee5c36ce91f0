import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PrimaryButton, SecondaryButton } from "@/components/form/buttons";
import { ErrorSummary, type SummaryError } from "@/components/form/error-summary";
import { EXPERT_KINDS, ROLES } from "@/lib/domain/admin-schemas";
import { requireStaff } from "@/lib/server/auth/session";
import { listStaffUsers, type StaffUserRow } from "@/lib/server/staff/admin-users";
import { readFlash, type Flash } from "@/lib/server/staff/flash";
import { asLocale, pagePath } from "@/lib/server/urls";
import { AdminNav, FieldError, FieldWrap, inputClass, OkMessage } from "../admin-parts";
import { SecondFactorCell, type SecondFactorTexts } from "./second-factor-cell";

type Props = PageProps<"/[locale]/staff/admin/users">;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const OK = ["invited", "roles", "disabled", "enabled"] as const;

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "staff.admin" });
  const title = t("users.title");
  return {
    title: first((await searchParams).fel) ? t("errorTitlePrefix", { title }) : title,
    robots: { index: false },
  };
}

export default async function AdminUsersPage({ params, searchParams }: Props) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const { user: me } = await requireStaff("administer", pagePath(locale, "/staff/admin/users"));
  const t = await getTranslations("staff.admin");
  const mfa = await getTranslations("secondFactor.admin");
  const mfaText: SecondFactorTexts = {
    column: mfa("column"),
    on: mfa("on"),
    off: mfa("off"),
    reset: mfa("reset"),
  };
  const sp = await searchParams;
  const fel = first(sp.fel);
  const ok = OK.find((k) => k === first(sp.ok));
  const flash = await readFlash(fel);
  const users = await listStaffUsers();
  const err = (code: string | undefined) => (code ? t(`errors.${code}` as "errors.nameRequired") : undefined);

  // Which form failed, and where its errors point.
  const inviteErrors = flash?.form === "invite" ? flash.errors : {};
  const summary: SummaryError[] = [];
  if (flash?.form === "invite") {
    for (const [field, code] of Object.entries(flash.errors)) {
      summary.push({
        fieldId: field === "roles" ? "invite-roles-LOTS" : `invite-${field}`,
        message: err(code)!,
      });
    }
  } else if (flash?.form.startsWith("roles-")) {
    const id = flash.form.slice("roles-".length);
    for (const [field, code] of Object.entries(flash.errors)) {
      summary.push({
        fieldId: field === "expertKind" ? `kind-${id}` : `roles-${id}-LOTS`,
        message: err(code)!,
      });
    }
  } else if (flash?.form.startsWith("mfa-")) {
    for (const [field, code] of Object.entries(flash.errors))
      summary.push({ fieldId: field, message: mfa(`errors.${code}` as "errors.self") });
  } else if (flash?.form.startsWith("status-")) {
    for (const [field, code] of Object.entries(flash.errors))
      summary.push({ fieldId: field, message: err(code)! });
  }
  const values = (f: Flash | null, name: string) => f?.values[name] ?? [];
  const inviteFlash = flash?.form === "invite" ? flash : null;

  return (
    <>
      <ErrorSummary title={t("errorSummaryTitle")} errors={summary} />
      <OkMessage text={ok ? t(`users.ok.${ok}`) : undefined} />
      <OkMessage text={first(sp.ok) === "secondFactorReset" ? mfa("ok") : undefined} />
      <AdminNav label={t("nav")} current="users" users={t("users.title")} settings={t("settings.title")} />
      <h1>{t("users.title")}</h1>
      <p className="text-lg">{t("users.lead")}</p>

      <h2>{t("users.listTitle")}</h2>
      <div className="mt-4 overflow-x-auto">
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">{t("users.listTitle")}</caption>
          <thead>
            <tr className="border-b-2 border-slate-700">
              <th scope="col" className="p-2">
                {t("users.name")}
              </th>
              <th scope="col" className="p-2">
                {t("users.email")}
              </th>
              <th scope="col" className="p-2">
                {t("users.roles")}
              </th>
              <th scope="col" className="p-2">
                {t("users.expertKind")}
              </th>
              <th scope="col" className="p-2">
                {t("users.status")}
              </th>
              <th scope="col" className="p-2">
                {t("users.actions")}
              </th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <UserRow
                key={u.id}
                user={u}
                me={u.id === me.id}
                locale={locale}
                t={t}
                flash={flash?.form === `roles-${u.id}` ? flash : null}
                statusError={
                  flash?.form === `status-${u.id}` ? err(flash.errors[`status-${u.id}`]) : undefined
                }
                mfa={mfaText}
                mfaError={
                  flash?.form === `mfa-${u.id}`
                    ? mfa(`errors.${flash.errors[`mfa-${u.id}`]}` as "errors.self")
                    : undefined
                }
                err={err}
              />
            ))}
          </tbody>
        </table>
      </div>

      <h2 id="invite">{t("users.inviteTitle")}</h2>
      <p>{t("users.inviteLead")}</p>
      <form method="post" action="/api/staff/admin/users/invite" noValidate>
        <input type="hidden" name="locale" value={locale} />
        <FieldWrap error={inviteErrors.name}>
          <label htmlFor="invite-name" className="block text-lg font-semibold">
            {t("users.name")}
          </label>
          <FieldError id="invite-name-error" label={t("users.name")} message={err(inviteErrors.name)} />
          <input
            id="invite-name"
            name="name"
            type="text"
            autoComplete="off"
            defaultValue={values(inviteFlash, "name")[0] ?? ""}
            aria-invalid={inviteErrors.name ? true : undefined}
            aria-describedby={inviteErrors.name ? "invite-name-error" : undefined}
            className={inputClass}
          />
        </FieldWrap>
        <FieldWrap error={inviteErrors.email}>
          <label htmlFor="invite-email" className="block text-lg font-semibold">
            {t("users.email")}
          </label>
          <FieldError id="invite-email-error" label={t("users.email")} message={err(inviteErrors.email)} />
          <input
            id="invite-email"
            name="email"
            type="email"
            autoComplete="off"
            spellCheck={false}
            defaultValue={values(inviteFlash, "email")[0] ?? ""}
            aria-invalid={inviteErrors.email ? true : undefined}
            aria-describedby={inviteErrors.email ? "invite-email-error" : undefined}
            className={inputClass}
          />
        </FieldWrap>
        <RoleFields
          idPrefix="invite"
          kindId="invite-expertKind"
          t={t}
          roles={inviteFlash ? values(inviteFlash, "roles") : []}
          expertKind={values(inviteFlash, "expertKind")[0] ?? ""}
          rolesError={err(inviteErrors.roles)}
          kindError={err(inviteErrors.expertKind)}
        />
        <PrimaryButton type="submit" className="mt-8">
          {t("users.inviteButton")}
        </PrimaryButton>
      </form>
    </>
  );
}

type T = Awaited<ReturnType<typeof getTranslations<"staff.admin">>>;

function RoleFields({
  idPrefix,
  kindId,
  t,
  roles,
  expertKind,
  rolesError,
  kindError,
  legend,
}: {
  idPrefix: string;
  kindId: string;
  t: T;
  roles: string[];
  expertKind: string;
  rolesError?: string;
  kindError?: string;
  legend?: string;
}) {
  return (
    <>
      <FieldWrap error={rolesError}>
        <fieldset aria-describedby={rolesError ? `${idPrefix}-roles-error` : undefined}>
          <legend className="text-lg font-semibold">{legend ?? t("users.roles")}</legend>
          <FieldError
            id={`${idPrefix}-roles-error`}
            label={legend ?? t("users.roles")}
            message={rolesError}
          />
          <div className="mt-2 space-y-2">
            {ROLES.map((r) => (
              <div key={r} className="flex items-center gap-3">
                <input
                  type="checkbox"
                  id={`${idPrefix}-roles-${r}`}
                  name="roles"
                  value={r}
                  defaultChecked={roles.includes(r)}
                  className="h-6 w-6"
                />
                <label htmlFor={`${idPrefix}-roles-${r}`}>{t(`roles.${r}`)}</label>
              </div>
            ))}
          </div>
        </fieldset>
      </FieldWrap>
      <FieldWrap error={kindError}>
        <label htmlFor={kindId} className="block text-lg font-semibold">
          {t("users.expertKind")}
        </label>
        <p id={`${kindId}-hint`} className="mt-1 text-slate-700">
          {t("users.expertKindHint")}
        </p>
        <FieldError id={`${kindId}-error`} label={t("users.expertKind")} message={kindError} />
        <select
          id={kindId}
          name="expertKind"
          defaultValue={expertKind}
          aria-invalid={kindError ? true : undefined}
          aria-describedby={[`${kindId}-hint`, kindError ? `${kindId}-error` : ""].filter(Boolean).join(" ")}
          className={inputClass}
        >
          <option value="">{t("users.chooseExpertKind")}</option>
          {EXPERT_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`expertKinds.${k}`)}
            </option>
          ))}
        </select>
      </FieldWrap>
    </>
  );
}

function UserRow({
  user: u,
  me,
  locale,
  t,
  flash,
  statusError,
  err,
  mfa,
  mfaError,
}: {
  mfa: SecondFactorTexts;
  mfaError?: string;
  user: StaffUserRow;
  me: boolean;
  locale: string;
  t: T;
  flash: Flash | null;
  statusError?: string;
  err: (code: string | undefined) => string | undefined;
}) {
  const roles = flash ? (flash.values.roles ?? []) : u.roles;
  const kind = flash ? (flash.values.expertKind?.[0] ?? "") : (u.expertKind ?? "");
  return (
    <tr className="border-b border-slate-300 align-top">
      <td className="p-2">
        {u.name} {me && <span>{t("users.you")}</span>}
      </td>
      <td className="p-2 break-all">{u.email}</td>
      <td className="p-2">{u.roles.map((r) => t(`roles.${r}`)).join(", ")}</td>
      <td className="p-2">{u.expertKind ? t(`expertKinds.${u.expertKind}`) : "–"}</td>
      <td className="p-2">
        {u.disabledAt ? (
          <strong className="text-red-800">{t("users.disabled")}</strong>
        ) : u.hasPassword ? (
          t("users.enabled")
        ) : (
          t("users.invited")
        )}
        <SecondFactorCell user={u} me={me} locale={locale} text={mfa} error={mfaError} />
      </td>
      <td className="p-2">
        {!me && (
          <form method="post" action={`/api/staff/admin/users/${u.id}/enabled`}>
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="enabled" value={u.disabledAt ? "true" : "false"} />
            <FieldError id={`status-${u.id}-error`} label={u.name} message={statusError} />
            <SecondaryButton type="submit" id={`status-${u.id}`} className="!px-3 !py-1 !text-base">
              {u.disabledAt ? t("users.enable") : t("users.disable")}
              <span className="sr-only"> {u.name}</span>
            </SecondaryButton>
          </form>
        )}
        <details className="mt-2" open={flash ? true : undefined}>
          <summary className="cursor-pointer font-semibold text-green-900 underline">
            {t("users.editRoles")}
            <span className="sr-only"> – {u.name}</span>
          </summary>
          <form method="post" action={`/api/staff/admin/users/${u.id}/roles`} noValidate>
            <input type="hidden" name="locale" value={locale} />
            <RoleFields
              idPrefix={`roles-${u.id}`}
              kindId={`kind-${u.id}`}
              t={t}
              roles={roles}
              expertKind={kind}
              legend={t("users.editRolesFor", { name: u.name })}
              rolesError={err(flash?.errors.roles)}
              kindError={err(flash?.errors.expertKind)}
            />
            <SecondaryButton type="submit" className="mt-4 !px-3 !py-1 !text-base">
              {t("users.saveRoles")}
              <span className="sr-only"> – {u.name}</span>
            </SecondaryButton>
          </form>
        </details>
      </td>
    </tr>
  );
}
