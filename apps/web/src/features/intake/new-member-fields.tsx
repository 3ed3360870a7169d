import { Grid, Textarea, TextInput, Title } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import type { ApplicationValues } from "./application-values.ts";

/** Only what the work needs: who they are, how to reach them, who to call, how to include them. */
export function NewMemberFields({ form }: { form: UseFormReturnType<ApplicationValues> }) {
  const field = (name: keyof ApplicationValues["newMember"]) => form.getInputProps(`newMember.${name}`);
  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <TextInput label="First name" autoComplete="off" required {...field("firstName")} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <TextInput label="Last name" autoComplete="off" required {...field("lastName")} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <TextInput
          label="Preferred name"
          description="What they like to be called"
          autoComplete="off"
          {...field("preferredName")}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <TextInput label="Pronouns" placeholder="e.g. she/her, they/them" autoComplete="off" {...field("pronouns")} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <TextInput
          label="Email"
          type="email"
          description="An email address or a phone number is needed"
          autoComplete="off"
          {...field("email")}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <TextInput label="Phone" type="tel" description="Digits, spaces, + ( ) - ." autoComplete="off" {...field("phone")} />
      </Grid.Col>
      <Grid.Col span={12}>
        <Title order={3} fz="h6" mt="xs">
          Emergency contact
        </Title>
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 5 }}>
        <TextInput label="Emergency contact's name" autoComplete="off" {...field("emergencyContactName")} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 4 }}>
        <TextInput label="Emergency contact's phone" type="tel" autoComplete="off" {...field("emergencyContactPhone")} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 3 }}>
        <TextInput label="Relationship" placeholder="e.g. sister" autoComplete="off" {...field("emergencyContactRelationship")} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 5 }}>
        <TextInput label="Language" placeholder="e.g. English, Spanish" autoComplete="off" {...field("language")} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 7 }}>
        <Textarea
          label="Accessibility needs"
          description="Anything that helps them take part: access, hearing, reading, timing"
          autosize
          minRows={1}
          maxRows={4}
          {...field("accessibilityNeeds")}
        />
      </Grid.Col>
    </Grid>
  );
}
