import {
  type Actor,
  addModule,
  addScreeningQuestion,
  createConsentDocument,
  createProgram,
  publishConsentVersion,
} from "@circle/core";
import type { Db } from "@circle/db";
import type { ProgramFields, ScreeningQuestionFields } from "@circle/validators";

const AGREEMENT = `# Group agreement and informed consent

## Purpose and format
This is a closed group: the same members meet weekly for the whole program. Sessions last about 90 minutes.

## Confidentiality and its limits
What members share stays in the group. Facilitators must break confidentiality when someone is at risk of serious harm to themselves or others, when a child or vulnerable adult may be at risk (mandated reporting), or when a court orders it.

## Attendance
Please attend every session. Tell a facilitator if you cannot come; after two missed sessions in a row a facilitator will contact you.

## Contact outside the group
Members are asked not to form private relationships with each other while the group runs.

## Recording
Sessions are never recorded. Do not record or photograph other members.

## Fees
There is no fee.

## Voluntary participation and withdrawal
Joining is voluntary. You may leave at any time by telling a facilitator; leaving does not affect any other service you receive.

## Crisis plan
The group is not a crisis service. In a crisis call 988 or go to the nearest emergency department.`;

const THERAPY_CONSENT = `# Informed consent for group therapy

## Purpose and format
Group therapy led by a licensed clinician, under a treatment frame, with a set curriculum and homework.

## Confidentiality and its limits
Clinicians keep records as required by law. Confidentiality is limited by risk of harm, mandated reporting and court orders. Members agree to keep what others share confidential.

## Attendance
Skills build week on week: missing two sessions in a row leads to a check-in call.

## Contact outside the group, recording, fees
No outside relationships between members during the group. No recording. Fees follow the agency's sliding scale.

## Voluntary participation and withdrawal
You may withdraw at any time; your clinician will help you find another service if the group does not fit.

## Crisis plan
Between sessions, use your safety plan, call 988, or go to the nearest emergency department.`;

const riskQuestions: ScreeningQuestionFields[] = [
  {
    prompt: "Are you having thoughts of harming yourself right now?",
    kind: "YES_NO",
    options: [],
    riskAnswers: ["yes"],
    riskLabel: "Current thoughts of self-harm",
    required: true,
  },
  {
    prompt: "Have you been in a crisis needing emergency care in the last 30 days?",
    kind: "YES_NO",
    options: [],
    riskAnswers: ["yes"],
    riskLabel: "Recent crisis",
    required: true,
  },
  { prompt: "Are you currently seeing an individual therapist?", kind: "YES_NO", options: [], riskAnswers: [], required: true },
  {
    prompt: "How would you rate your distress this week?",
    kind: "SCALE",
    options: [],
    scaleMin: 0,
    scaleMax: 10,
    riskAnswers: [],
    riskAtOrAbove: 9,
    riskLabel: "Very high distress",
    required: true,
  },
  {
    prompt: "Which times can you attend?",
    kind: "MULTIPLE_CHOICE",
    options: ["Weekday evenings", "Weekday daytime", "Weekends"],
    riskAnswers: [],
    required: false,
  },
  { prompt: "What do you hope to get from the group?", kind: "TEXT", options: [], riskAnswers: [], required: false },
];

const substanceQuestion: ScreeningQuestionFields = {
  prompt: "Have you used alcohol or drugs in the last 7 days?",
  kind: "SINGLE_CHOICE",
  options: ["No", "Yes, once", "Yes, several times"],
  riskAnswers: ["Yes, several times"],
  riskLabel: "Active substance use",
  required: true,
};

interface ProgramPlan {
  fields: ProgramFields;
  modules: string[];
  therapy?: boolean;
  archived?: boolean;
}

const PROGRAMS: ProgramPlan[] = [
  {
    fields: {
      name: "Grief & Loss Support Circle",
      description: "A peer-led circle for adults grieving a death in the last two years.",
      groupType: "SUPPORT",
      leadership: "PEER_LED",
      delivery: "IN_PERSON",
      sessionCount: 8,
      sessionLengthMinutes: 90,
      defaultCapacity: 10,
      minimumEnrollment: 5,
      joinUntilSession: 1,
      eligibilityNotes: "Adults 18+, bereaved at least 3 months ago.",
      requiresLicensedLead: false,
    },
    modules: [
      "Welcome and our stories",
      "What grief does to us",
      "Anniversaries and triggers",
      "Guilt and regret",
      "Changing relationships",
      "Caring for yourself",
      "Remembering and continuing bonds",
      "Looking ahead and closing",
    ],
  },
  {
    fields: {
      name: "DBT Skills Group",
      description:
        "Dialectical behaviour therapy skills training: mindfulness, distress tolerance, emotion regulation, interpersonal effectiveness.",
      groupType: "THERAPY",
      leadership: "PROFESSIONALLY_LED",
      delivery: "HYBRID",
      sessionCount: 12,
      sessionLengthMinutes: 120,
      defaultCapacity: 10,
      minimumEnrollment: 6,
      joinUntilSession: 2,
      eligibilityNotes: "Referral from a clinician; must have an individual therapist.",
      requiresLicensedLead: true,
    },
    modules: [
      "Orientation and mindfulness",
      "Wise mind",
      "What and how skills",
      "Distress tolerance: TIPP",
      "Radical acceptance",
      "Emotion regulation: naming emotions",
      "Opposite action",
      "Building positive experiences",
      "Interpersonal effectiveness: DEAR MAN",
      "GIVE and FAST",
      "Putting skills together",
      "Review and graduation",
    ],
    therapy: true,
  },
  {
    fields: {
      name: "Caring for the Carer",
      description: "Psychoeducation for family caregivers of people living with dementia.",
      groupType: "PSYCHOEDUCATION",
      leadership: "PROFESSIONALLY_LED",
      delivery: "ONLINE",
      sessionCount: 6,
      sessionLengthMinutes: 60,
      defaultCapacity: 16,
      minimumEnrollment: 6,
      joinUntilSession: 1,
      eligibilityNotes: "Unpaid caregivers.",
      requiresLicensedLead: false,
    },
    modules: [
      "Understanding dementia",
      "Communication that works",
      "Behaviour changes",
      "Planning ahead: legal and financial",
      "Respite and support services",
      "Looking after yourself",
    ],
  },
  {
    fields: {
      name: "Recovery Together",
      description: "Peer support for people in early recovery from alcohol or drug use.",
      groupType: "SUPPORT",
      leadership: "PEER_LED",
      delivery: "IN_PERSON",
      sessionCount: 10,
      sessionLengthMinutes: 90,
      defaultCapacity: 12,
      minimumEnrollment: 5,
      joinUntilSession: 1,
      eligibilityNotes: "At least 14 days abstinent; active use is an exclusion.",
      requiresLicensedLead: false,
    },
    modules: [
      "Why we're here",
      "Triggers and cravings",
      "HALT",
      "Rebuilding routines",
      "Repairing relationships",
      "Handling setbacks",
      "Stress without substances",
      "Sober social life",
      "Purpose and work",
      "Our recovery plans",
    ],
  },
  {
    fields: {
      name: "Confidence at Work",
      description: "Skills coaching for people returning to work after a period of mental ill health.",
      groupType: "SKILLS_COACHING",
      leadership: "PEER_LED",
      delivery: "HYBRID",
      sessionCount: 6,
      sessionLengthMinutes: 75,
      defaultCapacity: 12,
      minimumEnrollment: 5,
      joinUntilSession: 1,
      eligibilityNotes: "Working, or planning to return to work within six months.",
      requiresLicensedLead: false,
    },
    modules: [
      "Strengths inventory",
      "Talking about gaps",
      "Boundaries and asking for adjustments",
      "Handling setbacks",
      "Pacing the week",
      "Plan for the first month",
    ],
  },
  {
    fields: {
      name: "Art for Wellbeing",
      description: "A relaxed weekly art workshop for people living with anxiety or low mood.",
      groupType: "ACTIVITY_WORKSHOP",
      leadership: "PEER_LED",
      delivery: "IN_PERSON",
      sessionCount: 6,
      sessionLengthMinutes: 120,
      defaultCapacity: 8,
      minimumEnrollment: 4,
      joinUntilSession: 2,
      eligibilityNotes: "",
      requiresLicensedLead: false,
    },
    modules: ["Colour and mood", "Collage", "Clay", "Printmaking", "Nature journaling", "Exhibition and reflection"],
  },
  {
    fields: {
      name: "Anxiety CBT Group (2024 curriculum)",
      description: "Replaced by the DBT Skills Group.",
      groupType: "THERAPY",
      leadership: "PROFESSIONALLY_LED",
      delivery: "IN_PERSON",
      sessionCount: 8,
      sessionLengthMinutes: 90,
      defaultCapacity: 8,
      minimumEnrollment: 4,
      joinUntilSession: 1,
      eligibilityNotes: "",
      requiresLicensedLead: true,
    },
    modules: ["Understanding anxiety", "Thoughts and evidence", "Exposure ladders", "Relapse prevention"],
    therapy: true,
    archived: true,
  },
];

/** Consent documents (with version history) and programs with modules and screening questions. */
export async function seedDemoCatalogue(db: Db, admin: Actor) {
  const agreement = await createConsentDocument(db, admin, { title: "Group agreement and informed consent", body: AGREEMENT });
  await publishConsentVersion(db, admin, {
    documentId: agreement.id,
    body: `${AGREEMENT}\n\n## Online sessions\nFor online sessions, join from a private space with your camera on.`,
    requiresReconsent: false,
  });
  const therapyConsent = await createConsentDocument(db, admin, {
    title: "Informed consent for group therapy",
    body: THERAPY_CONSENT,
  });

  const programs = [];
  for (const plan of PROGRAMS) {
    const program = await createProgram(db, admin, {
      ...plan.fields,
      consentDocumentId: plan.therapy ? therapyConsent.id : agreement.id,
    });
    for (const [index, title] of plan.modules.entries()) {
      await addModule(db, admin, {
        programId: program.id,
        title,
        goals: `Members can name one idea from "${title}" that applies to their own life.`,
        facilitatorNotes:
          index === 0
            ? "Go over the group agreement and confidentiality limits first."
            : "Open with a check-in round; keep 10 minutes for closing.",
        homework: index === plan.modules.length - 1 ? "" : "Try one practice from this week and note how it went.",
      });
    }
    const questions = plan.fields.name === "Recovery Together" ? [substanceQuestion, ...riskQuestions] : riskQuestions;
    for (const question of questions) await addScreeningQuestion(db, admin, { programId: program.id, question });
    if (plan.archived) await db.program.update({ where: { id: program.id }, data: { archivedAt: new Date() } });
    programs.push(program);
  }
  return { programs, agreement, therapyConsent };
}
