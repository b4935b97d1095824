namespace Cpd.Client;

/// <summary>
/// Every GraphQL document the typed operations send, in one place, so that a contract test can validate each one
/// against the API's schema. Each operation is named after its constant; constants ending in <c>Fields</c> are
/// fragments the operations include.
/// </summary>
internal static class Documents
{
    public const string UserErrorFields = """
        fragment UserErrorFields on UserError { code message field }
        """;

    public const string OrganisationFields = """
        fragment OrganisationFields on Organisation { id name sector { code name } placeCode }
        """;

    public const string ListSectors = """
        query ListSectors { sectors { code name } }
        """;

    public const string ListProfessions = """
        query ListProfessions { professions { code name } }
        """;

    public const string GetOrganisation = """
        query GetOrganisation($id: ID!) { organisation(id: $id) { ...OrganisationFields } }
        """ + OrganisationFields;

    public const string ListOrganisations = """
        query ListOrganisations($first: Int!, $after: String, $where: OrganisationFilterInput) {
          organisations(first: $first, after: $after, where: $where) {
            nodes { ...OrganisationFields }
            pageInfo { hasNextPage endCursor }
          }
        }
        """ + OrganisationFields;

    public const string SyncWorkforce = """
        mutation SyncWorkforce($input: SyncWorkforceInput!) {
          syncWorkforce(input: $input) {
            rows { index externalId status memberId employmentId errors { ...UserErrorFields } }
            errors { ...UserErrorFields }
          }
        }
        """ + UserErrorFields;

    public const string ProfessionFields = """
        fragment ProfessionFields on Profession { code name }
        """;

    public const string EmploymentFields = """
        fragment EmploymentFields on Employment {
          id organisation { ...OrganisationFields } role profession { ...ProfessionFields } start end fte version
        }
        """;

    public const string ExperienceFields = """
        fragment ExperienceFields on Experience {
          id kind title hostOrganisation { ...OrganisationFields } counterpartSector { code name }
          counterpartProfession { ...ProfessionFields } counterpartName profession { ...ProfessionFields } role
          start end date fte hours categories sectorsInvolved boundariesCrossed verification
          attestations { level method outcome attestorName at }
          withdrawn version
        }
        """;

    public const string GetMember = """
        query GetMember($id: ID!) {
          member(id: $id) {
            id displayName version
            employments { ...EmploymentFields }
            experiences { ...ExperienceFields }
          }
        }
        """ + EmploymentFields + ExperienceFields + OrganisationFields + ProfessionFields;

    public const string ListMembers = """
        query ListMembers($first: Int!, $after: String, $where: MemberFilterInput) {
          members(first: $first, after: $after, where: $where) {
            nodes { id displayName version }
            pageInfo { hasNextPage endCursor }
          }
        }
        """;

    public const string LogSecondment = """
        mutation LogSecondment($input: LogSecondmentInput!) {
          payload: logSecondment(input: $input) { experience { ...ExperienceFields } errors { ...UserErrorFields } }
        }
        """ + ExperienceFields + OrganisationFields + ProfessionFields + UserErrorFields;

    public const string LogShadowing = """
        mutation LogShadowing($input: LogShadowingInput!) {
          payload: logShadowing(input: $input) { experience { ...ExperienceFields } errors { ...UserErrorFields } }
        }
        """ + ExperienceFields + OrganisationFields + ProfessionFields + UserErrorFields;

    public const string LogJointWork = """
        mutation LogJointWork($input: LogJointWorkInput!) {
          payload: logJointWork(input: $input) { experience { ...ExperienceFields } errors { ...UserErrorFields } }
        }
        """ + ExperienceFields + OrganisationFields + ProfessionFields + UserErrorFields;

    public const string LogMentoring = """
        mutation LogMentoring($input: LogMentoringInput!) {
          payload: logMentoring(input: $input) { experience { ...ExperienceFields } errors { ...UserErrorFields } }
        }
        """ + ExperienceFields + OrganisationFields + ProfessionFields + UserErrorFields;

    public const string LogPeerChallenge = """
        mutation LogPeerChallenge($input: LogPeerChallengeInput!) {
          payload: logPeerChallenge(input: $input) { experience { ...ExperienceFields } errors { ...UserErrorFields } }
        }
        """ + ExperienceFields + OrganisationFields + ProfessionFields + UserErrorFields;

    public const string LogLearningEvent = """
        mutation LogLearningEvent($input: LogLearningEventInput!) {
          payload: logLearningEvent(input: $input) { experience { ...ExperienceFields } errors { ...UserErrorFields } }
        }
        """ + ExperienceFields + OrganisationFields + ProfessionFields + UserErrorFields;

    public const string LogCpdActivity = """
        mutation LogCpdActivity($input: LogCpdActivityInput!) {
          payload: logCpdActivity(input: $input) { experience { ...ExperienceFields } errors { ...UserErrorFields } }
        }
        """ + ExperienceFields + OrganisationFields + ProfessionFields + UserErrorFields;

    public const string GetScheme = """
        query GetScheme($id: ID!) {
          scheme(id: $id) {
            id code name description body { id code name }
            versions { id number effectiveFrom validity requirementJson }
          }
        }
        """;

    public const string RecordEmployment = """
        mutation RecordEmployment($input: RecordEmploymentInput!) {
          payload: recordEmployment(input: $input) { employment { ...EmploymentFields } errors { ...UserErrorFields } }
        }
        """ + EmploymentFields + OrganisationFields + ProfessionFields + UserErrorFields;

    public const string AttestExperience = """
        mutation AttestExperience($input: AttestExperienceInput!) {
          payload: attestExperience(input: $input) {
            attestation { level method outcome attestorName at }
            experience { ...ExperienceFields }
            errors { ...UserErrorFields }
          }
        }
        """ + ExperienceFields + OrganisationFields + ProfessionFields + UserErrorFields;

    public const string RequestAttestation = """
        mutation RequestAttestation($input: RequestAttestationInput!) {
          payload: requestAttestation(input: $input) {
            request { attestorName attestorEmail }
            token attestationLink expiresAt
            errors { ...UserErrorFields }
          }
        }
        """ + UserErrorFields;

    /// <summary>The report with its requirement tree as the pre-order list (children only counted), so any depth comes in one selection.</summary>
    public const string EligibilityReportFields = """
        fragment EligibilityReportFields on EligibilityReport {
          member { id displayName version }
          scheme { id }
          schemeVersion { number }
          asOf eligible eligibleFrom eligibleUntil horizonEnd summary
          requirements {
            requirementId kind description status measured target shortfall unit windowStart projectedMetOn evidenceIds explanation
            children { id: requirementId }
          }
        }
        """;

    public const string ProgressionCheck = """
        query ProgressionCheck($memberId: ID!, $schemeId: ID!, $asOf: Date) {
          progressionCheck(memberId: $memberId, schemeId: $schemeId, asOf: $asOf) { ...EligibilityReportFields }
        }
        """ + EligibilityReportFields;

    public const string ListEligibility = """
        query ListEligibility($first: Int!, $after: String, $schemeId: ID!, $asOf: Date, $where: EligibilityFilterInput) {
          eligibility(first: $first, after: $after, schemeId: $schemeId, asOf: $asOf, where: $where) {
            nodes { ...EligibilityReportFields }
            pageInfo { hasNextPage endCursor }
          }
        }
        """ + EligibilityReportFields;
}
