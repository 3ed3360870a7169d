import { PageHeader } from "../../components/page-header.tsx";
import { BackToPeople } from "./back-to-people.tsx";
import { NewPersonForm } from "./new-person-form.tsx";

export function NewPersonPage() {
  return (
    <>
      <PageHeader
        title="Create person"
        description="Give someone an account. They sign in with the temporary password you set here and choose their own straight away."
        back={<BackToPeople />}
      />
      <NewPersonForm />
    </>
  );
}
