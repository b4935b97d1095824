namespace Cpd.Domain;

/// <summary>Collects the errors of one validation so that every problem is reported at once, not only the first.</summary>
internal sealed class ErrorList
{
    private List<DomainError>? _errors;

    public bool HasErrors => _errors is { Count: > 0 };

    public IReadOnlyList<DomainError> Errors => _errors ?? (IReadOnlyList<DomainError>)[];

    public void Add(string code, string field, string message) => (_errors ??= []).Add(new DomainError(code, field, message));

    public void AddIf(bool condition, string code, string field, string message)
    {
        if (condition)
        {
            Add(code, field, message);
        }
    }

    /// <summary>Requires a non-blank text of at most <paramref name="maxLength"/> characters.</summary>
    public void RequireText(string? value, string field, int maxLength, string requiredCode, string tooLongCode)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(requiredCode, field, $"{field} is required.");
        }
        else if (value.Length > maxLength)
        {
            Add(tooLongCode, field, $"{field} must be at most {maxLength} characters.");
        }
    }

    public Result<T> ToResult<T>(Func<T> create) => HasErrors ? Result.Failure<T>(_errors!) : Result.Success(create());
}
