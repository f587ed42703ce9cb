import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { type ReactNode } from "react";

/** The file the pane has just downloaded, then what to do with it. */
export function FileDownloaded({ fileName, children }: { fileName: string; children: ReactNode }) {
  return (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody>
        Fichier téléchargé : <strong>{fileName}</strong>. {children}
      </MessageBarBody>
    </MessageBar>
  );
}

/** Information messages, one bar each. */
export function InfoNotices({ notices }: { notices: readonly string[] }) {
  return notices.map((notice) => (
    <MessageBar key={notice} intent="info" layout="multiline">
      <MessageBarBody>{notice}</MessageBarBody>
    </MessageBar>
  ));
}
