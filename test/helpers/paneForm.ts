// What the pane's form tests compare: values without the posts' React keys, and texts with regular spaces.
import { type FormValues } from "../../src/taskpane/form/formValues";

export const withoutKeys = (values: FormValues) => ({
  ...values,
  equipe: values.equipe.map((p) => ({ ...p, key: "" })),
});

/** A rendered text with Intl's narrow and non-breaking spaces as plain spaces. */
export const plain = (text: string | null | undefined) => text?.replace(/[\u00a0\u202f]/g, " ");
