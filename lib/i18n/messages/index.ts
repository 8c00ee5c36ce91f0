// All messages per language. Each area past the first ones keeps its texts in a file of its own
// (messages/<locale>/<area>.json) so that parallel work on different areas does not collide.
import enAccount from "./en/account.json";
import enAdminMail from "./en/admin-mail.json";
import enAudit from "./en/audit.json";
import enDashboard from "./en/dashboard.json";
import enFollowUps from "./en/follow-ups.json";
import enOidc from "./en/oidc.json";
import enLinks from "./en/links.json";
import enMoney from "./en/money.json";
import enPartner from "./en/partner.json";
import enPartnerships from "./en/partnerships.json";
import enRetention from "./en/retention.json";
import enDataProtection from "./en/data-protection.json";
import enRecords from "./en/records.json";
import enSigning from "./en/signing.json";
import enWebhooks from "./en/webhooks.json";
import enBase from "./en.json";
import svAccount from "./sv/account.json";
import svAdminMail from "./sv/admin-mail.json";
import svAudit from "./sv/audit.json";
import svDashboard from "./sv/dashboard.json";
import svFollowUps from "./sv/follow-ups.json";
import svOidc from "./sv/oidc.json";
import svLinks from "./sv/links.json";
import svMoney from "./sv/money.json";
import svPartner from "./sv/partner.json";
import svPartnerships from "./sv/partnerships.json";
import svRetention from "./sv/retention.json";
import svDataProtection from "./sv/data-protection.json";
import svRecords from "./sv/records.json";
import svSigning from "./sv/signing.json";
import svWebhooks from "./sv/webhooks.json";
import svBase from "./sv.json";

export const sv = {
  ...svBase,
  ...svPartnerships,
  ...svFollowUps,
  ...svDashboard,
  ...svAdminMail,
  ...svAudit,
  ...svOidc,
  ...svLinks,
  ...svAccount,
  ...svMoney,
  ...svSigning,
  ...svPartner,
  ...svRetention,
  ...svDataProtection,
  ...svRecords,
  ...svWebhooks,
};
export const en = {
  ...enBase,
  ...enPartnerships,
  ...enFollowUps,
  ...enDashboard,
  ...enAdminMail,
  ...enAudit,
  ...enOidc,
  ...enLinks,
  ...enAccount,
  ...enMoney,
  ...enSigning,
  ...enPartner,
  ...enRetention,
  ...enDataProtection,
  ...enRecords,
  ...enWebhooks,
};

export type Messages = typeof sv;
export const MESSAGES = { sv, en } as const;
