import "@mantine/dates/styles.css";
import type { CredentialKind } from "@circle/validators";
import { Grid, Select, TextInput } from "@mantine/core";
import { DateInput } from "@mantine/dates";
import { CREDENTIAL_KIND_OPTIONS } from "./credential-labels.ts";
import type { CredentialFormValues } from "./credential-values.ts";

/** Input props for one credential field, from whichever form holds the credential. */
// biome-ignore lint/suspicious/noExplicitAny: Mantine's input props are loosely typed by design
export type CredentialFieldProps = (field: keyof CredentialFormValues) => { key: string } & Record<string, any>;

interface CredentialFieldsProps {
  field: CredentialFieldProps;
  /** the chosen kind, to word the fields for a licence */
  kind: CredentialKind;
}

export function CredentialFields({ field, kind }: CredentialFieldsProps) {
  const { key: kindKey, ...kindProps } = field("kind");
  const { key: titleKey, ...titleProps } = field("title");
  const { key: numberKey, ...numberProps } = field("number");
  const { key: issuerKey, ...issuerProps } = field("issuer");
  const { key: expiresKey, ...expiresProps } = field("expiresOn");
  const licence = kind === "PROFESSIONAL_LICENCE";
  return (
    <Grid gap="sm">
      <Grid.Col span={{ base: 12, sm: 5 }}>
        <Select key={kindKey} label="Kind" data={CREDENTIAL_KIND_OPTIONS} allowDeselect={false} required {...kindProps} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 7 }}>
        <TextInput
          key={titleKey}
          label="Title"
          placeholder={licence ? "e.g. Licensed Clinical Social Worker" : "e.g. Certified Peer Specialist"}
          required
          {...titleProps}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 4 }}>
        <TextInput key={numberKey} label={licence ? "Licence number" : "Number"} {...numberProps} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 4 }}>
        <TextInput key={issuerKey} label="Issued by" placeholder="e.g. State licensing board" {...issuerProps} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 4 }}>
        <DateInput
          key={expiresKey}
          label="Expires on"
          valueFormat="YYYY-MM-DD"
          placeholder="YYYY-MM-DD"
          clearable
          description={licence ? "Needed to know when it lapses" : undefined}
          {...expiresProps}
        />
      </Grid.Col>
    </Grid>
  );
}
