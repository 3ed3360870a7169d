import type { ConsentMethod } from "@circle/validators";
import { localClockTime, localIsoDay } from "../../lib/calendar-days.ts";
import { browserTimeZone } from "../../lib/time-zones.ts";

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

/** Now, on the coordinator's own clock, as toRecordConsentInput reads the fields back. */
export function blankCapture(now = new Date()): ConsentCaptureValues {
  const zone = browserTimeZone();
  return {
    method: "E_SIGNATURE",
    date: localIsoDay(now, zone),
    time: localClockTime(now, zone),
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

/** Where the server's field errors go on this form; the rest in the failure alert. */
export function captureFieldFor(path: string): string | null {
  return FIELDS[path] ?? null;
}
