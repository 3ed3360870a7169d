import { programFields } from "@circle/validators";
import { schemaResolver, useForm } from "@mantine/form";
import { type ProgramFormValues, toProgramInput } from "./program-values.ts";

const validateInput = schemaResolver(programFields, { sync: true });

export function useProgramForm(initialValues: ProgramFormValues) {
  return useForm<ProgramFormValues>({
    mode: "controlled",
    initialValues,
    // The same schema the server applies, on what would be sent.
    validate: (values) => validateInput(toProgramInput(values)),
  });
}

export type ProgramForm = ReturnType<typeof useProgramForm>;
