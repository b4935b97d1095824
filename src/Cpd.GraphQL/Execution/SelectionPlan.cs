using Cpd.GraphQL.Types;

namespace Cpd.GraphQL.Execution;

/// <summary>The collected fields of one selection for one object type (CollectFields's grouped field set), built once per operation.</summary>
internal sealed class SelectionPlan
{
    public SelectionPlan(ObjectType type, PlannedField[] fields)
    {
        Type = type;
        Fields = fields;
        Keys = new string[fields.Length];
        for (var i = 0; i < fields.Length; i++)
        {
            Keys[i] = fields[i].ResponseKey;
        }
    }

    /// <summary>The object type the fields were collected for.</summary>
    public ObjectType Type { get; }

    /// <summary>The fields in response order.</summary>
    public PlannedField[] Fields { get; }

    /// <summary>The response keys in order, shared by every <see cref="ResultMap"/> of this plan.</summary>
    public string[] Keys { get; }

    /// <summary>The keys encoded for the JSON writer, shared by every <see cref="ResultMap"/> of this plan.</summary>
    public System.Text.Json.JsonEncodedText[] EncodedKeys => field ??= ResultMap.EncodeKeys(Keys);
}
