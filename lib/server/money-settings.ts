import "server-only";
import { DEFAULT_DEVIATION_THRESHOLD_PERCENT } from "@/lib/domain/money";
import { moneySettingsSchema, type MoneySettings } from "@/lib/domain/money-commands";
import { getDb } from "./db/client";
import { putSetting } from "./setting-row";

// The administrators' money settings: the threshold (percent) beyond which a deviation from the
// budget is significant and asks for a dialogue (docs/domain.md: renegotiation on significant deviation).

const KEY = "money";

export async function getMoneySettings(): Promise<MoneySettings> {
  const db = await getDb();
  const row = await db.setting.findUnique({ where: { key: KEY } });
  const parsed = moneySettingsSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : { deviationThresholdPercent: DEFAULT_DEVIATION_THRESHOLD_PERCENT };
}

/** Saved and audited through the settings row (setting-row.ts). */
export async function saveMoneySettings(settings: MoneySettings, userId: string): Promise<void> {
  await putSetting(KEY, moneySettingsSchema.parse(settings), userId);
}
