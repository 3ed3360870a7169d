import { SimpleGrid } from "@mantine/core";
import { PageHeader } from "../../components/page-header.tsx";
import { useMe } from "../../lib/session/use-me.ts";
import { GettingStartedCard } from "./getting-started-card.tsx";
import { HOME_CARDS } from "./home-cards.ts";

const today = new Intl.DateTimeFormat(undefined, { weekday: "long", day: "numeric", month: "long" });

function greeting(hour: number): string {
  if (hour < 12) return "Good morning";
  if (hour < 18) return "Good afternoon";
  return "Good evening";
}

// Honorifics are not first names: "Dr. Priya Raman" is greeted as Priya.
const HONORIFIC = /^(dr|mr|mrs|ms|mx|prof|rev)\.?$/i;

function greetingName(fullName: string): string {
  const words = fullName.split(/\s+/).filter(Boolean);
  return words.find((word) => !HONORIFIC.test(word)) ?? fullName;
}

export function HomePage() {
  const me = useMe();
  const now = new Date();
  const firstName = greetingName(me.name);
  return (
    <>
      <PageHeader title={`${greeting(now.getHours())}, ${firstName}`} description={today.format(now)} />
      {me.role === "ADMIN" && <GettingStartedCard />}
      <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }} spacing="lg">
        {HOME_CARDS.filter((card) => card.roles.includes(me.role)).map(({ key, Card }) => (
          <Card key={key} />
        ))}
      </SimpleGrid>
    </>
  );
}
