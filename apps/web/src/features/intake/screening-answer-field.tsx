import { Alert, Checkbox, Group, NumberInput, Radio, Stack, Textarea } from "@mantine/core";
import { IconFlagFilled } from "@tabler/icons-react";
import { type AnswerDraft, isRiskDraft } from "../screening/risk-answer.ts";
import type { ScreeningQuestion } from "../screening/types.ts";

interface ScreeningAnswerFieldProps {
  question: ScreeningQuestion;
  /** "1." before the prompt */
  number: number;
  value: AnswerDraft;
  onChange: (value: AnswerDraft) => void;
  error?: React.ReactNode;
}

// Scales longer than this are typed as a number instead of picked from a row of choices.
const LONGEST_CHOICE_SCALE = 11;

/** One screening question, asked the way its kind needs, with a warning when the answer is a risk indicator. */
export function ScreeningAnswerField({ question, number, value, onChange, error }: ScreeningAnswerFieldProps) {
  const label = `${number}. ${question.prompt}`;
  const required = question.required;
  const risk = isRiskDraft(question, value);
  return (
    <Stack gap="xs">
      <AnswerInput question={question} label={label} required={required} value={value} onChange={onChange} error={error} />
      {risk && (
        <Alert color="red" variant="light" icon={<IconFlagFilled aria-hidden />} role="status" py="xs">
          <strong>Risk indicator{question.riskLabel ? `: ${question.riskLabel}` : ""}.</strong> This answer flags the application.
          It goes to the top of the queue and cannot be accepted until an administrator acknowledges the flag with a note.
        </Alert>
      )}
    </Stack>
  );
}

interface AnswerInputProps extends Omit<ScreeningAnswerFieldProps, "number"> {
  label: string;
  required: boolean;
}

function AnswerInput({ question, label, required, value, onChange, error }: AnswerInputProps) {
  switch (question.kind) {
    case "TEXT":
      return (
        <Textarea
          label={label}
          required={required}
          autosize
          minRows={2}
          maxRows={8}
          value={typeof value === "string" ? value : ""}
          onChange={(event) => onChange(event.currentTarget.value)}
          error={error}
        />
      );
    case "YES_NO":
      return (
        <Radio.Group
          label={label}
          required={required}
          value={typeof value === "string" ? value : null}
          onChange={onChange}
          error={error}
        >
          <Group gap="lg" mt={6}>
            <Radio value="yes" label="Yes" />
            <Radio value="no" label="No" />
          </Group>
        </Radio.Group>
      );
    case "SINGLE_CHOICE":
      return (
        <Radio.Group
          label={label}
          required={required}
          value={typeof value === "string" ? value : null}
          onChange={onChange}
          error={error}
        >
          <Stack gap={6} mt={6}>
            {question.options.map((option) => (
              <Radio key={option} value={option} label={option} />
            ))}
          </Stack>
        </Radio.Group>
      );
    case "MULTIPLE_CHOICE":
      return (
        <Checkbox.Group
          label={label}
          description="Choose all that apply"
          required={required}
          value={Array.isArray(value) ? value : []}
          onChange={onChange}
          error={error}
        >
          <Stack gap={6} mt={6}>
            {question.options.map((option) => (
              <Checkbox key={option} value={option} label={option} />
            ))}
          </Stack>
        </Checkbox.Group>
      );
    case "SCALE":
      return <ScaleInput question={question} label={label} required={required} value={value} onChange={onChange} error={error} />;
  }
}

function ScaleInput({ question, label, required, value, onChange, error }: AnswerInputProps) {
  const min = question.scaleMin ?? 0;
  const max = question.scaleMax ?? 10;
  const description = `From ${min} to ${max}`;
  if (max - min + 1 > LONGEST_CHOICE_SCALE) {
    return (
      <NumberInput
        label={label}
        description={description}
        required={required}
        min={min}
        max={max}
        allowDecimal={false}
        value={typeof value === "number" ? value : ""}
        onChange={(next) => onChange(typeof next === "number" ? next : null)}
        error={error}
        maw={200}
      />
    );
  }
  const steps = Array.from({ length: max - min + 1 }, (_, index) => String(min + index));
  return (
    <Radio.Group
      label={label}
      description={description}
      required={required}
      value={typeof value === "number" ? String(value) : null}
      onChange={(next) => onChange(Number(next))}
      error={error}
    >
      <Group gap="md" mt={6}>
        {steps.map((step) => (
          <Radio key={step} value={step} label={step} />
        ))}
      </Group>
    </Radio.Group>
  );
}
