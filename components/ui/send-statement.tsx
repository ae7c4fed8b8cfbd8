import { Button } from "./button";

/**
 * The end of a form that sends something for good (GOV.UK "now send your declaration"): what the sender states by
 * sending, under its own heading, then the large "send" button. `level` fits the heading into the page's order.
 */
export function SendStatement({
  title,
  statement,
  submit,
  pending,
  level = 2,
}: {
  title: string;
  statement: string;
  submit: string;
  pending: boolean;
  level?: 2 | 3;
}) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <>
      <div>
        <Heading className={level === 2 ? "text-xl font-bold" : "text-lg font-bold"}>{title}</Heading>
        <p className="mt-1">{statement}</p>
      </div>
      <Button variant="ok" size="large" disabled={pending}>
        {submit}
      </Button>
    </>
  );
}
