const DAY = 86_400_000;

/** Whole days since a moment: 0 on the day itself. */
export function daysSince(moment: Date, now = new Date()): number {
  return Math.max(0, Math.floor((now.getTime() - moment.getTime()) / DAY));
}

export function waitingLabel(moment: Date, now = new Date()): string {
  const days = daysSince(moment, now);
  if (days === 0) return "Today";
  return days === 1 ? "1 day" : `${days} days`;
}
