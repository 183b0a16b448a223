/** The kinds of work Recommendation 8 asks forces to keep manageable, as an extract names them. */
export const itemTypes = ["arms_assessment", "risk_management_plan", "home_visit"];
/** ARMS risk levels, highest first. */
export const riskLevels = ["very_high", "high", "medium", "low"];
/** Names for reports. */
export const itemTypeLabels = {
    arms_assessment: "ARMS assessment",
    risk_management_plan: "Risk management plan",
    home_visit: "Home visit",
};
export const riskLevelLabels = {
    very_high: "Very high",
    high: "High",
    medium: "Medium",
    low: "Low",
};
