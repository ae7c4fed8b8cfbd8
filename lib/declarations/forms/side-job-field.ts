// The name of a side job's self-assessment question in the form, on its own so that test fixtures can build answers
// without loading the form definitions.

/** The form field of a self-assessment question. */
export const sideJobQuestionField = (id: string) => `q_${id}`;
