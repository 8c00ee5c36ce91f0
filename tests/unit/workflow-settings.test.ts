import { describe, expect, it } from "vitest";
import { DEFAULT_WORKFLOW_SETTINGS, readWorkflowSettings } from "@/lib/domain/workflow-settings";

// Stored workflow settings are read entry by entry, so a new step or one bad entry does not throw
// away every choice an administrator made.
describe("reading stored workflow settings", () => {
  const saved = {
    optionalSteps: { EXPERTS_CONSULTED: false, COMMITTEE: true },
    daysPerStep: { ...DEFAULT_WORKFLOW_SETTINGS.daysPerStep, RECEIVED: 3, PROPOSAL: 9 },
  };

  it("keeps valid settings as they are", () => {
    expect(readWorkflowSettings(saved)).toEqual({ settings: saved, problems: [] });
  });

  it("gives a step missing from what was saved its default and keeps the other choices", () => {
    const withoutStep: Record<string, number> = { ...saved.daysPerStep };
    delete withoutStep.COMMITTEE;
    const read = readWorkflowSettings({ ...saved, daysPerStep: withoutStep });
    expect(read.settings.daysPerStep).toEqual({
      ...saved.daysPerStep,
      COMMITTEE: DEFAULT_WORKFLOW_SETTINGS.daysPerStep.COMMITTEE,
    });
    expect(read.settings.optionalSteps).toEqual(saved.optionalSteps);
    expect(read.problems).toEqual([]);
  });

  it("loads settings stored before an optional step was added, with every other choice intact", () => {
    // As saved when the workflow had no committee step: neither its switch nor its days exist.
    const beforeStep = {
      optionalSteps: { EXPERTS_CONSULTED: false },
      daysPerStep: { RECEIVED: 3, REVIEWED: 10, EXPERTS_CONSULTED: 5, PRESENTED: 12, PROPOSAL: 9 },
    };
    expect(readWorkflowSettings(beforeStep)).toEqual({
      settings: {
        optionalSteps: {
          EXPERTS_CONSULTED: false,
          COMMITTEE: DEFAULT_WORKFLOW_SETTINGS.optionalSteps.COMMITTEE,
        },
        daysPerStep: {
          ...beforeStep.daysPerStep,
          COMMITTEE: DEFAULT_WORKFLOW_SETTINGS.daysPerStep.COMMITTEE,
        },
      },
      // A missing entry is expected after an upgrade, not a fault: nothing to log.
      problems: [],
    });
  });

  it("replaces only the invalid entries and names them", () => {
    const read = readWorkflowSettings({
      optionalSteps: { EXPERTS_CONSULTED: "yes", COMMITTEE: false },
      daysPerStep: { ...saved.daysPerStep, REVIEWED: 0, RECEIVED: 3 },
    });
    expect(read.settings.optionalSteps).toEqual({
      EXPERTS_CONSULTED: DEFAULT_WORKFLOW_SETTINGS.optionalSteps.EXPERTS_CONSULTED,
      COMMITTEE: false,
    });
    expect(read.settings.daysPerStep.REVIEWED).toBe(DEFAULT_WORKFLOW_SETTINGS.daysPerStep.REVIEWED);
    expect(read.settings.daysPerStep.RECEIVED).toBe(3);
    expect(read.problems.sort()).toEqual(["daysPerStep.REVIEWED", "optionalSteps.EXPERTS_CONSULTED"]);
  });

  it("falls back to the defaults for anything that is not an object, and says so", () => {
    expect(readWorkflowSettings("nonsense")).toEqual({
      settings: DEFAULT_WORKFLOW_SETTINGS,
      problems: ["settings"],
    });
    expect(readWorkflowSettings(null)).toEqual({
      settings: DEFAULT_WORKFLOW_SETTINGS,
      problems: ["settings"],
    });
    const read = readWorkflowSettings({ optionalSteps: [true], daysPerStep: saved.daysPerStep });
    expect(read.settings).toEqual({ ...saved, optionalSteps: DEFAULT_WORKFLOW_SETTINGS.optionalSteps });
    expect(read.problems).toEqual(["optionalSteps"]);
  });
});
