// Entry of the task pane: Excel mode inside Excel, standalone mode anywhere else (office.js absent or no host).
import {
  FluentProvider,
  type Theme,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { preloadPayroll } from "../domain/payroll";
import { excelService, type PaneMode, standaloneService } from "./budgetService";
import { App } from "./components/App";
import { excelRealiseService, standaloneRealiseService } from "./realise/realiseService";

/** Office's theme when it gives one: dark when it says so, or when its background is dark. */
function officeTheme(): Theme {
  const theme = typeof Office === "undefined" ? undefined : Office.context?.officeTheme;
  if (!theme) return webLightTheme;
  if (typeof theme.isDarkTheme === "boolean")
    return theme.isDarkTheme ? webDarkTheme : webLightTheme;
  const hex = /^#?([0-9a-f]{6})$/i.exec(theme.bodyBackgroundColor ?? "")?.[1];
  if (!hex) return webLightTheme;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return 0.299 * r + 0.587 * g + 0.114 * b < 128 ? webDarkTheme : webLightTheme;
}

function render(mode: PaneMode): void {
  const container = document.getElementById("container")!;
  const theme = mode === "excel" ? officeTheme() : webLightTheme;
  document.documentElement.style.colorScheme = theme === webDarkTheme ? "dark" : "light";
  // Warm the payroll engine (2–3 s) while the user fills the form: generation and CPTS.COUT_GE, which shares this
  // runtime, then start at once. A failure here is not the user's concern yet: the first real use loads it again.
  preloadPayroll().catch(() => undefined);
  createRoot(container).render(
    <FluentProvider theme={theme} style={{ minHeight: "100vh" }}>
      <App
        mode={mode}
        service={mode === "excel" ? excelService : standaloneService}
        realise={mode === "excel" ? excelRealiseService : standaloneRealiseService}
      />
    </FluentProvider>
  );
}

// office.js did not load (offline, blocked): the pane still works, as a standalone page.
if (typeof Office === "undefined") {
  render("standalone");
} else {
  Office.onReady((info) => render(info.host === Office.HostType.Excel ? "excel" : "standalone"));
}
