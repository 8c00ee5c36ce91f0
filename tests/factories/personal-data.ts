import { getDb, type Db } from "@/lib/server/db/client";
import { createSentRequest } from "@/lib/server/db/factories";
import { addAttachment } from "@/lib/server/files/attachments";
import { enqueueEmail } from "@/lib/server/mail/outbox";
import { pdf } from "../support/zip";
import { completeAnswers, requestSeed, staffMember, unique, uniqueEmail, uniqueOrgNumber } from "./index";

// One ended (declined) request whose personal data sits in every kind of row the register extract
// and the erasure know (lib/server/privacy/personal-data.ts): contact, organisation, answers,
// message, attachment (name and contents), mail, note, opinion, presentation, proposal, and a draft
// partnership with a party contact, a follow-up and a partner report with a file.

export interface PersonSeeded {
  requestId: string;
  registrationNumber: string;
  email: string;
  phone: string;
  orgNumber: string;
  name: string;
}

/** The database and one request full of a person's data in it: how most privacy tests start. */
export async function databaseWithPerson(): Promise<{ db: Db; person: PersonSeeded }> {
  const db = await getDb();
  return { db, person: await requestFullOfPersonalData(db) };
}

export async function requestFullOfPersonalData(db: Db): Promise<PersonSeeded> {
  const email = uniqueEmail("person");
  const name = `Person ${unique()}`;
  const orgNumber = uniqueOrgNumber();
  const phone = `070${String(Math.floor(Math.random() * 1e7)).padStart(7, "0")}`;
  const spacedPhone = `${phone.slice(0, 3)}-${phone.slice(3, 6)} ${phone.slice(6, 8)} ${phone.slice(8)}`;
  const answers = completeAnswers(email);
  answers.contact = { name, email: email.toUpperCase(), phone: spacedPhone };
  answers.organisation!.orgNumber = orgNumber;
  answers.activity!.purpose = `Ring ${name} på ${spacedPhone}`;
  const { request } = await createSentRequest(
    db,
    requestSeed({
      organisation: { name: `Förening ${unique()}`, orgNumber, form: "ASSOCIATION" },
      contact: { name, email, phone: spacedPhone },
      subject: `Läxhjälp, kontakt ${email}`,
      answers,
    }),
  );
  const requestId = request.id;
  const staff = await staffMember(["LOTS"]);
  const expert = await staffMember(["EXPERT"]);
  const message = await db.message.create({
    data: { requestId, from: "APPLICANT", body: `Hälsningar ${name}, ${email}, tel ${phone}` },
  });
  const file = await addAttachment(db, {
    requestId,
    file: new File([pdf(`CV for ${email}`).slice()], `cv-${email}.pdf`),
    uploadedBy: "APPLICANT",
  });
  if (!file.ok) throw new Error("attachment refused");
  await db.attachment.update({ where: { id: file.attachment.id }, data: { messageId: message.id } });
  await enqueueEmail(db, {
    to: email,
    subject: `Till ${name}`,
    text: `Hej ${name}`,
    html: `<p>${email}</p>`,
    requestId,
  });
  await enqueueEmail(db, { to: email.toUpperCase(), subject: "Spara och fortsätt", text: `Hej ${email}` });
  await db.internalNote.create({ data: { requestId, authorId: staff, body: `Ringde ${phone}` } });
  await db.expertOpinion.create({
    data: {
      requestId,
      expertId: expert,
      requestedById: staff,
      question: `Gäller ${name}`,
      answer: `Svar om ${email}`,
    },
  });
  await db.presentation.create({
    data: {
      requestId,
      startsAt: new Date(),
      place: "Stadshuset",
      notes: `${name} presenterade, ${email}`,
      bookedById: staff,
    },
  });
  await db.decisionProposal.create({
    data: {
      requestId,
      recommended: "DECLINE",
      motivation: `${name} har inte lämnat budget`,
      resources: "Inga",
      criteria: [{ key: "nonProfit", met: true, note: `org ${orgNumber}` }],
      authorId: staff,
    },
  });
  const partnership = await db.partnership.create({
    data: {
      title: `Utkast ${unique()}`,
      municipality: "Testkommun",
      requestId,
      steeringGroup: { members: [{ name, email }] },
      parties: {
        create: [
          { side: "CIVIL_SOCIETY", name: "Föreningen", orgNumber, contactName: name, contactEmail: email },
          { side: "PUBLIC", name: "Kommunstyrelsen", sortOrder: 1 },
        ],
      },
    },
    include: { parties: true },
  });
  const party = partnership.parties.find((p) => p.side === "CIVIL_SOCIETY")!;
  await db.followUp.create({
    data: { partnershipId: partnership.id, dueDate: new Date(), participants: name, notes: `Ring ${phone}` },
  });
  const report = await db.partnerReport.create({
    data: {
      partnershipId: partnership.id,
      partyId: party.id,
      quarter: "2026-Q3",
      activities: `${name} ledde läxhjälpen (${email})`,
      participants: 10,
      volunteerHours: 40,
    },
  });
  const reportFile = await db.storedFile.create({
    data: { data: Buffer.from(`intyg ${email}`), size: 10, sha256: "0".repeat(64) },
  });
  await db.partnerReportFile.create({
    data: {
      reportId: report.id,
      storageKey: reportFile.id,
      filename: `intyg ${email}.pdf`,
      contentType: "application/pdf",
      size: 10,
    },
  });
  await db.request.update({
    where: { id: requestId },
    data: { status: "ENDED", outcome: "DECLINED", outcomeReason: `Avslag, ${name} informerad` },
  });
  return { requestId, registrationNumber: request.registrationNumber!, email, phone, orgNumber, name };
}
