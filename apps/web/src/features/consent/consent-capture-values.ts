import type { ConsentMethod } from "@circle/validators";
import { mapServerErrors } from "../../lib/server-field-errors.ts";

export interface ConsentCaptureValues {
  method: ConsentMethod;
  date: string;
  time: string;
  signedName: string;
  witnessedById: string;
  witnessName: string;
  /** the coordinator confirms the person had the whole text before consenting */
  readInFull: boolean;
}

const pad = (n: number) => String(n).padStart(2, "0");

export function blankCapture(now = new Date()): ConsentCaptureValues {
  return {
    method: "E_SIGNATURE",
    date: `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`,
    time: `${pad(now.getHours())}:${pad(now.getMinutes())}`,
    signedName: "",
    witnessedById: "",
    witnessName: "",
    readInFull: false,
  };
}

/** Only what is missing; whether the typed name matches the record is the server's to say. */
export function validateCapture(values: ConsentCaptureValues): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!values.readInFull) errors.readInFull = "Confirm the person had the whole document before consenting";
  if (!values.date) errors.date = "Enter the date";
  if (!values.time) errors.time = "Enter the time";
  if (values.method === "E_SIGNATURE") {
    if (!values.signedName.trim()) errors.signedName = "Type the member's full name to sign";
  }
  if (values.method === "VERBAL_WITH_WITNESS" && !values.witnessedById && !values.witnessName.trim())
    errors.witnessName = "Name the witness, or choose a staff account";
  return errors;
}

export function toRecordConsentInput(memberId: string, versionId: string, values: ConsentCaptureValues) {
  const witnessed = values.method !== "E_SIGNATURE";
  return {
    memberId,
    versionId,
    method: values.method,
    signedName: values.method === "E_SIGNATURE" ? values.signedName : undefined,
    witnessedById: witnessed && values.witnessedById ? values.witnessedById : undefined,
    witnessName: witnessed && values.witnessName.trim() ? values.witnessName : undefined,
    occurredAt: new Date(`${values.date}T${values.time}`),
  };
}

const FIELDS: Record<string, keyof ConsentCaptureValues> = {
  signedName: "signedName",
  witnessName: "witnessName",
  witnessedById: "witnessedById",
  occurredAt: "date",
  method: "method",
};

export function captureErrors(error: unknown) {
  return mapServerErrors(error, (path) => FIELDS[path] ?? null);
}
