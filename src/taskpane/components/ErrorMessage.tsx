import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { forwardRef } from "react";

/** A failure in words: what did not happen, and why. Focusable so the pane can move focus onto it. */
export const ErrorMessage = forwardRef<HTMLDivElement, { title: string; message: string }>(
  function ErrorMessage({ title, message }, ref) {
    return (
      <MessageBar intent="error" layout="multiline" ref={ref} tabIndex={-1}>
        <MessageBarBody>
          <MessageBarTitle>{title}</MessageBarTitle>
          {message}
        </MessageBarBody>
      </MessageBar>
    );
  }
);
