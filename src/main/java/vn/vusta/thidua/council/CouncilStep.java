package vn.vusta.thidua.council;

/**
 * The council's steps that have a deadline: the element before the step's task, where its deadline is set; the
 * process variables that hold it ({@code councilCheckDue}, {@code councilCheckReminder}, …); the step's user task;
 * and the service task that reminds the people of the step.
 */
enum CouncilStep {
    CHECK("councilCheck", "Gateway_DossierToCheck", "Task_CheckDossier", "Task_RemindCouncilOffice"),
    VOTE("councilVote", "Task_CollectCouncilMembers", "Task_CouncilVote", "Task_RemindCouncilMembers"),
    SIGN("councilSign", "Gateway_ToSignDecision", "Task_SignDecision", "Task_RemindCouncilChair");

    private final String variablePrefix;
    private final String openingActivity;
    private final String taskKey;
    private final String reminderActivity;

    CouncilStep(String variablePrefix, String openingActivity, String taskKey, String reminderActivity) {
        this.variablePrefix = variablePrefix;
        this.openingActivity = openingActivity;
        this.taskKey = taskKey;
        this.reminderActivity = reminderActivity;
    }

    /** The user task of the step (one per council member for the vote). */
    String taskKey() {
        return taskKey;
    }

    String dueVariable() {
        return variablePrefix + "Due";
    }

    String reminderVariable() {
        return variablePrefix + "Reminder";
    }

    /** The step whose deadline is set when this element starts (just before the step's task). */
    static CouncilStep openedBy(String activityId) {
        for (CouncilStep step : values()) {
            if (step.openingActivity.equals(activityId)) {
                return step;
            }
        }
        throw new IllegalArgumentException("no council step opens at " + activityId);
    }

    static CouncilStep remindedBy(String activityId) {
        for (CouncilStep step : values()) {
            if (step.reminderActivity.equals(activityId)) {
                return step;
            }
        }
        throw new IllegalArgumentException("no council step is reminded by " + activityId);
    }
}
