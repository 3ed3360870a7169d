import type { GroupType } from "@circle/validators";
import { Checkbox, Grid, NativeSelect, NumberInput, Radio, Stack, Textarea, TextInput } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { FormSection } from "../../components/form-section.tsx";
import { ConsentDocumentField } from "./consent-document-field.tsx";
import {
  DELIVERY_OPTIONS,
  GROUP_TYPE_OPTIONS,
  joinRuleInWords,
  LEADERSHIP_OPTIONS,
  THERAPY_LEAD_RULE,
} from "./program-labels.ts";
import type { ProgramFormValues } from "./program-values.ts";

export type ProgramForm = UseFormReturnType<ProgramFormValues>;

/** Every field of a program's design, in five short sections. */
export function ProgramFields({ form }: { form: ProgramForm }) {
  const therapy = form.values.groupType === "THERAPY";
  const joinUntil = Number(form.values.joinUntilSession);

  const changeGroupType = (groupType: GroupType) => {
    form.setFieldValue("groupType", groupType);
    // Therapy is always professionally led under a licence; the fields follow and say why.
    if (groupType === "THERAPY") {
      form.setFieldValue("leadership", "PROFESSIONALLY_LED");
      form.setFieldValue("requiresLicensedLead", true);
    }
  };

  return (
    <Stack gap="lg">
      <FormSection title="About the program">
        <TextInput label="Name" required autoComplete="off" {...form.getInputProps("name")} />
        <Textarea
          label="Description"
          description="What the group is for and how it works, in a few sentences."
          autosize
          minRows={3}
          maxRows={10}
          {...form.getInputProps("description")}
        />
        <Grid gap="md">
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <NativeSelect
              label="Group type"
              required
              data={GROUP_TYPE_OPTIONS}
              {...form.getInputProps("groupType")}
              onChange={(event) => changeGroupType(event.currentTarget.value as GroupType)}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <NativeSelect label="Delivery" required data={DELIVERY_OPTIONS} {...form.getInputProps("delivery")} />
          </Grid.Col>
        </Grid>
        <Radio.Group
          label="Leadership"
          description={therapy ? "A therapy group is led by a licensed professional." : undefined}
          required
          {...form.getInputProps("leadership")}
        >
          <Stack gap="xs" mt="xs">
            {LEADERSHIP_OPTIONS.map((option) => (
              <Radio
                key={option.value}
                value={option.value}
                label={option.label}
                disabled={therapy && option.value === "PEER_LED"}
              />
            ))}
          </Stack>
        </Radio.Group>
      </FormSection>

      <FormSection title="Sessions">
        <Grid gap="md">
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <NumberInput
              label="Number of sessions"
              required
              min={1}
              max={52}
              allowDecimal={false}
              {...form.getInputProps("sessionCount")}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <NumberInput
              label="Session length"
              description="In minutes"
              required
              min={15}
              max={480}
              step={15}
              allowDecimal={false}
              suffix=" min"
              {...form.getInputProps("sessionLengthMinutes")}
            />
          </Grid.Col>
        </Grid>
      </FormSection>

      <FormSection title="Enrollment">
        <Grid gap="md">
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <NumberInput
              label="Default capacity"
              description="Seats in a cohort; each cohort can change it"
              required
              min={1}
              max={200}
              allowDecimal={false}
              {...form.getInputProps("defaultCapacity")}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <NumberInput
              label="Minimum enrollment"
              description="Fewer than this near the start: go or postpone"
              required
              min={1}
              max={200}
              allowDecimal={false}
              {...form.getInputProps("minimumEnrollment")}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <NumberInput
              label="Enrollment closes after session"
              description={
                Number.isInteger(joinUntil) && joinUntil > 0
                  ? joinRuleInWords(joinUntil)
                  : "The session after which no one joins."
              }
              required
              min={1}
              max={52}
              allowDecimal={false}
              {...form.getInputProps("joinUntilSession")}
            />
          </Grid.Col>
        </Grid>
      </FormSection>

      <FormSection title="Attendance">
        <Grid gap="md">
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <NumberInput
              label="Completion share"
              description="A member completes by attending at least this share of the held sessions"
              required
              min={1}
              max={100}
              suffix="%"
              allowDecimal={false}
              {...form.getInputProps("completionPercent")}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <NumberInput
              label="Follow up after absences in a row"
              description="Leave empty to use the organisation's setting"
              min={1}
              max={10}
              allowDecimal={false}
              {...form.getInputProps("followUpAfterAbsences")}
            />
          </Grid.Col>
        </Grid>
      </FormSection>

      <FormSection title="Who may join and who leads">
        <Textarea
          label="Eligibility notes"
          description="Who the group is for and who it is not for; intake reads this when screening."
          autosize
          minRows={2}
          maxRows={8}
          {...form.getInputProps("eligibilityNotes")}
        />
        <Checkbox
          label="The lead facilitator must hold a current professional licence"
          description={
            therapy ? THERAPY_LEAD_RULE : "Circle then refuses a lead without a current licence for this program's cohorts."
          }
          disabled={therapy}
          {...form.getInputProps("requiresLicensedLead", { type: "checkbox" })}
        />
        <ConsentDocumentField
          value={form.values.consentDocumentId}
          onChange={(documentId) => form.setFieldValue("consentDocumentId", documentId)}
          error={form.errors.consentDocumentId}
        />
      </FormSection>

      <FormSection title="Facilitators' part in intake">
        <Checkbox
          label="Facilitators also see applications not yet placed in a cohort"
          description="The facilitators of this program's planned and running cohorts can interview and recommend for them."
          {...form.getInputProps("facilitatorsSeeUnplaced", { type: "checkbox" })}
        />
        <Checkbox
          label="A cohort's licensed lead facilitator may decide its applications"
          description="Otherwise facilitators recommend and an administrator decides. A lead without a current licence only recommends."
          {...form.getInputProps("licensedLeadsDecide", { type: "checkbox" })}
        />
      </FormSection>
    </Stack>
  );
}
