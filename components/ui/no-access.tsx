import { useTranslations } from "next-intl";
import { Alert } from "./alert";

export function NoAccess() {
  const t = useTranslations("errors");
  return <Alert tone="error">{t("forbidden")}</Alert>;
}
