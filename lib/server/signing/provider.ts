import "server-only";
import { createHash, createHmac } from "node:crypto";
import { sameName } from "@/lib/domain/agreement-signing";
import type { Result } from "@/lib/domain/result";
import { env } from "../env";

// The signing step behind one interface, so that a qualified e-signature service (e.g. one based on
// BankID) can replace the simple electronic signature without touching versions, links or the signed
// PDF. The README's "Signing agreements" section describes what such a provider needs.

export interface SigningRequest {
  /** SHA-256 (hex) of the frozen PDF: what is signed. */
  documentSha256: string;
  signatory: { name: string; role: string; email: string };
}

/** What the signatory handed in on the signing page (the simple signature's form). */
export interface SigningAnswer {
  typedName: string;
  consentText: string;
  /** Keyed hash of the client address (addressHash below); never the address. */
  addressHash: string;
  at: Date;
}

/** What is stored as proof of the signature (agreement_signature.evidence). */
export interface SignatureEvidence {
  provider: string;
  documentSha256: string;
  signedName: string;
  signedAt: string;
  consentText: string;
  addressHash: string;
  /** Provider-specific proof (for a qualified service: its signature and certificate chain). */
  proof?: unknown;
}

export type StartResult =
  /** The signing page shows its own form (the simple signature). */
  | { kind: "form" }
  /** The signatory is sent to the provider, which calls back when done. */
  | { kind: "redirect"; url: string };

export interface SignatureProvider {
  readonly name: string;
  start(request: SigningRequest): Promise<StartResult>;
  complete(
    request: SigningRequest,
    answer: SigningAnswer,
  ): Promise<Result<{ evidence: SignatureEvidence }, "nameMismatch">>;
  /** Whether stored evidence is a signature of this document by this provider. */
  verify(evidence: unknown, documentSha256: string): boolean;
}

/**
 * The simple electronic signature (eIDAS art. 3.10): the signatory, reached through a private
 * link sent to their address, types their name and consents. The evidence is what they typed, the
 * consent text, the time, the hashed address and the document hash it binds to.
 */
export const simpleSignature: SignatureProvider = {
  name: "simple",
  async start() {
    return { kind: "form" };
  },
  async complete(request, answer) {
    if (!sameName(answer.typedName, request.signatory.name)) return { ok: false, code: "nameMismatch" };
    return {
      ok: true,
      evidence: {
        provider: "simple",
        documentSha256: request.documentSha256,
        signedName: answer.typedName.trim(),
        signedAt: answer.at.toISOString(),
        consentText: answer.consentText,
        addressHash: answer.addressHash,
      },
    };
  },
  verify(evidence, documentSha256) {
    const e = (evidence && typeof evidence === "object" ? evidence : {}) as Record<string, unknown>;
    return e.provider === "simple" && e.documentSha256 === documentSha256 && typeof e.signedName === "string";
  },
};

/** The provider chosen by SIGNATURE_PROVIDER. */
export function signatureProvider(): SignatureProvider {
  switch (env().SIGNATURE_PROVIDER) {
    case "simple":
      return simpleSignature;
  }
}

/**
 * A client address as stored with a signature: keyed with NEXTAUTH_SECRET when set (so the hash of
 * an address cannot be found by trying every address without the key), a plain SHA-256 otherwise.
 * The same address hashes alike on every instance, so two signatures from one place can be told.
 */
export function addressHash(address: string): string {
  const secret = env().NEXTAUTH_SECRET;
  const input = `lotsen.signature-address:${address}`;
  return secret
    ? createHmac("sha256", secret).update(input).digest("hex")
    : createHash("sha256").update(input).digest("hex");
}
