import { getRouteApi } from "@tanstack/react-router";
import { PageHeader } from "../../components/page-header.tsx";
import { BackToIntake } from "./back-to-intake.tsx";
import { NewApplicationForm } from "./new-application-form.tsx";

const route = getRouteApi("/app/intake/new");

export function NewApplicationPage() {
  const { programId } = route.useSearch();
  return (
    <>
      <PageHeader
        title="Record application"
        description="Someone asking to join a program: who they are, how they heard of it, and their answers to the screening questions."
        back={<BackToIntake />}
      />
      <NewApplicationForm programId={programId} />
    </>
  );
}
