namespace Cpd.Api.Schema.Workforce;

/// <summary>What <c>syncWorkforce</c> did with one row.</summary>
public enum WorkforceRowStatus
{
    /// <summary>A new member or a new employment was written.</summary>
    Created,

    /// <summary>The member or employment existed and was changed.</summary>
    Updated,

    /// <summary>The row matched what is stored; nothing was written.</summary>
    Unchanged,

    /// <summary>The row was refused (see its errors); nothing was written for it.</summary>
    Rejected,
}
