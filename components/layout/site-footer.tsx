import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { RegisterFooterLink } from "@/components/register/footer-link";

export async function SiteFooter({ email, phone }: { email: string; phone?: string | null }) {
  const t = await getTranslations("layout");
  return (
    <footer className="mt-16 border-t border-slate-300 bg-slate-100">
      <div className="mx-auto grid max-w-4xl gap-6 px-4 py-8 sm:grid-cols-2 [body:has([data-wide])_&]:max-w-[96rem]">
        <section aria-labelledby="footer-contact">
          <h2 id="footer-contact" className="mt-0 text-lg">
            {t("contactHeading")}
          </h2>
          <p>
            {t.rich("contactText", {
              mailbox: email,
              mail: (chunks) => <a href={`mailto:${email}`}>{chunks}</a>,
            })}
          </p>
          {phone ? (
            <p>
              {t.rich("contactPhone", {
                phone,
                tel: (chunks) => <a href={`tel:${phone.replace(/[^\d+]/g, "")}`}>{chunks}</a>,
              })}
            </p>
          ) : null}
        </section>
        <nav aria-label={t("footerNav")}>
          <ul className="space-y-2">
            <li>
              <RegisterFooterLink />
            </li>
            <li>
              <Link href="/integritet">{t("privacy")}</Link>
            </li>
            <li>
              <Link href="/tillganglighet">{t("accessibility")}</Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
