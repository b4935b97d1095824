namespace Cpd.Api.Demo;

/// <summary>The demo's wording: the pools the seeder draws titles, names and reflections from (all fictional).</summary>
internal static class DemoTexts
{
    /// <summary>What a secondment, joint work or shadowing was about.</summary>
    public static readonly string[] Projects =
    [
        "hospital discharge and reablement programme",
        "community safety partnership review",
        "homelessness prevention pilot",
        "youth violence reduction unit",
        "neighbourhood health and wellbeing hub",
        "safe and well home visits",
        "school attendance taskforce",
        "town centre regeneration board",
        "cost-of-living response cell",
        "domestic abuse multi-agency hub",
        "digital inclusion programme",
        "warm homes retrofit scheme",
        "integrated care board place team",
        "serious violence duty needs assessment",
        "supported housing review",
        "local skills improvement plan",
    ];

    /// <summary>People who attest or are on the other side of mentoring and connections.</summary>
    public static readonly string[] Names =
    [
        "Alison Drake", "Bilal Chaudhry", "Carys Morgan", "Dominic Ayres", "Efua Boateng", "Frank Ellison", "Gwen Pritchard",
        "Hamza Qureshi", "Isla Robertson", "Jonah Feld", "Kiran Bhatt", "Lena Novak", "Malcolm Fraser", "Nkechi Obi",
        "Oscar Lindqvist", "Pippa Carr", "Rhys Vaughan", "Shona Mackay", "Theo Marsh", "Uma Krishnan", "Victor Oyelaran",
        "Wendy Tsang", "Yasmin Haddad", "Zac Whitmore",
    ];

    /// <summary>Titles of cross-sector learning events.</summary>
    public static readonly string[] LearningEvents =
    [
        "Place leadership summit: health, care and councils together",
        "Joint workshop on trauma-informed practice",
        "Cross-sector masterclass on commissioning for outcomes",
        "Regional conference on prevention and early help",
        "Action learning set with police, fire and housing leaders",
        "Joint inspection readiness day",
        "Systems leadership programme, module 2",
        "Community power and co-production seminar",
    ];

    /// <summary>Titles of other CPD.</summary>
    public static readonly string[] CpdActivities =
    [
        "Reading group: governing the commons",
        "Online course: data for public-service leaders",
        "Coaching sessions",
        "Budget management refresher",
        "Safeguarding adults level 3",
        "Writing for ministers and members",
        "Equality impact assessment training",
        "Presentation skills workshop",
    ];

    /// <summary>What worked.</summary>
    public static readonly string[] WhatWorked =
    [
        "Sitting with the host team every day rather than visiting: by week three people brought me problems instead of politeness.",
        "Agreeing one shared outcome measure on day one; it settled arguments that would otherwise have gone to a board.",
        "Asking front-line staff first and managers second. The managers had the same picture, just later.",
        "A weekly thirty-minute stand-up with both organisations' leads kept decisions moving.",
        "Being open that I did not understand their funding rules; people explained them gladly once I asked.",
        "Pairing each action with a named person in each organisation, so nothing belonged to 'the partnership'.",
        "Bringing a resident into the review panel; it changed the tone of every meeting after.",
        "Writing a two-page note of what I had learned at the end of each month and sharing it with my home team.",
    ];

    /// <summary>What did not work: the honest part.</summary>
    public static readonly string[] WhatDidNotWork =
    [
        "I assumed our data-sharing agreement covered the host's case records. It did not, and we lost six weeks waiting for legal advice.",
        "I kept translating everything into council language. The host team stopped correcting me and started working around me.",
        "We launched the pilot before the referral pathway was agreed, so the first forty referrals bounced between three teams.",
        "I avoided the conflict between the two directors for too long; the project stalled until the chief executives stepped in.",
        "The evaluation was designed after the work started, so we could not say whether anything we changed made a difference.",
        "I took on too much of the host's operational work and had no time left for the strategic review I was seconded for.",
        "Our shared dashboard showed activity, not outcomes. We celebrated numbers that did not mean families were better off.",
        "I under-estimated how long it takes to build trust with the voluntary sector partners after the last funding cuts.",
        "The mentoring sessions drifted into status updates; we never set goals, so after six months neither of us could say what had changed.",
        "I presented our findings to the board before testing them with the people who would have to act on them. They were rejected.",
        "Handover back to my home team was rushed: most of what I learned stayed in my head and my notebook.",
        "We used each other's acronyms without checking. Two teams spent a month solving different problems under the same name.",
        "The peer challenge report was too polite. We softened the hard message about leadership culture and nothing changed.",
        "I did not involve finance colleagues early enough; the business case fell apart on the first review of costs.",
        "The joint team had two line-management chains, and staff chose whichever answer suited them. We never fixed that.",
        "I went to the event to listen but spent most of it defending my own organisation's record.",
    ];

    /// <summary>What the member would do differently.</summary>
    public static readonly string[] WhatIdDoDifferently =
    [
        "Check the information-governance position in the first week, with both organisations' data protection officers in the room.",
        "Agree explicitly what I am there to do and what I am not, and revisit it every month.",
        "Name the conflict early and ask for a facilitated conversation instead of waiting for it to resolve itself.",
        "Design the evaluation before starting, even a simple before-and-after measure.",
        "Plan the return: book sessions with my home team before the placement ends.",
        "Set three goals at the first mentoring session and review them every quarter.",
        "Test findings with front-line staff before taking them to any board.",
        "Bring finance and HR in from the start, not when the paper is due.",
    ];
}
