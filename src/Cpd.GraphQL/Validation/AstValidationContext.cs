using Cpd.GraphQL.Errors;
using Cpd.GraphQL.Language.Ast;
using Cpd.GraphQL.Types;

namespace Cpd.GraphQL.Validation;

/// <summary>
/// What every validation rule can use, for executable documents and SDL alike: the document, its
/// fragments (looked up and followed with caching), and the error sink.
/// </summary>
public abstract class AstValidationContext
{
    private const int FragmentWorkBudget = 50_000;
    private readonly List<GraphQLError> _errors;
    private readonly int _maxErrors;
    private Dictionary<SelectionSetNode, FragmentSpreadNode[]> FragmentSpreadsCache => field ??= new Dictionary<SelectionSetNode, FragmentSpreadNode[]>(ReferenceEqualityComparer.Instance);

    // Scratch space of GetFragmentSpreads, reused by each call.
    private Stack<SelectionSetNode> SetsToVisit => field ??= new Stack<SelectionSetNode>();

    private List<FragmentSpreadNode> FoundSpreads => field ??= [];
    private Dictionary<OperationDefinitionNode, List<FragmentDefinitionNode>> ReferencedFragmentsCache => field ??= new Dictionary<OperationDefinitionNode, List<FragmentDefinitionNode>>(ReferenceEqualityComparer.Instance);
    private Dictionary<string, FragmentDefinitionNode>? _fragments;
    private Dictionary<string, DirectiveDefinitionNode>? _documentDirectives;
    private bool _documentDirectivesRead;
    private int _remainingFragmentWork = FragmentWorkBudget;

    private protected AstValidationContext(DocumentNode document, List<GraphQLError> errors, int maxErrors, bool enableSuggestions)
    {
        Document = document;
        _errors = errors;
        _maxErrors = maxErrors;
        EnableSuggestions = enableSuggestions;
    }

    /// <summary>The schema the document is checked against (for SDL: the schema being extended, if any).</summary>
    internal abstract ISchema? SchemaOrNull { get; }

    /// <summary>The document being validated.</summary>
    public DocumentNode Document { get; }

    /// <summary>Whether errors may carry "Did you mean …?" hints.</summary>
    public bool EnableSuggestions { get; }

    /// <summary>The number of errors reported so far.</summary>
    public int ErrorCount => _errors.Count;

    /// <summary>Records an error; stops the validation when the error limit was already reached.</summary>
    /// <param name="error">The error.</param>
    public void ReportError(GraphQLError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (_errors.Count >= _maxErrors)
        {
            throw new ValidationAbortedException(ValidationErrors.TooManyErrors());
        }

        _errors.Add(error);
    }

    /// <summary>The fragment definition with a name, or <see langword="null"/>.</summary>
    /// <param name="name">The fragment's name.</param>
    /// <returns>The first definition with that name, or <see langword="null"/>.</returns>
    public FragmentDefinitionNode? GetFragment(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (_fragments is null)
        {
            _fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
            foreach (var definition in Document.Definitions)
            {
                if (definition is FragmentDefinitionNode fragment)
                {
                    // graphql-js keeps the last definition of a duplicated name.
                    _fragments[fragment.Name.Value] = fragment;
                }
            }
        }

        return _fragments.GetValueOrDefault(name);
    }

    /// <summary>
    /// The definition of a directive name: the document's own (the last of that name), or else the schema's (the specified
    /// directives when there is no schema).
    /// </summary>
    /// <param name="name">The directive's name, without <c>@</c>.</param>
    /// <returns>The definition; <see cref="DirectiveDefinitionInfo.IsKnown"/> is false when there is none.</returns>
    internal DirectiveDefinitionInfo GetDirectiveDefinition(string name)
    {
        if (!_documentDirectivesRead)
        {
            _documentDirectivesRead = true;
            foreach (var definition in Document.Definitions)
            {
                if (definition is DirectiveDefinitionNode directive)
                {
                    (_documentDirectives ??= new Dictionary<string, DirectiveDefinitionNode>(StringComparer.Ordinal))[directive.Name.Value] = directive;
                }
            }
        }

        if (_documentDirectives is not null && _documentDirectives.TryGetValue(name, out var node))
        {
            return new DirectiveDefinitionInfo(null, node);
        }

        if (SchemaOrNull is { } schema)
        {
            return new DirectiveDefinitionInfo(schema.GetDirective(name), null);
        }

        foreach (var directive in DirectiveType.SpecifiedDirectives)
        {
            if (directive.Name == name)
            {
                return new DirectiveDefinitionInfo(directive, null);
            }
        }

        return default;
    }

    /// <summary>The fragment spreads inside a selection set, at any depth but not through fragments, in graphql-js's order.</summary>
    /// <param name="selectionSet">The selection set.</param>
    /// <returns>The spreads (cached).</returns>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        ArgumentNullException.ThrowIfNull(selectionSet);
        return SpreadsIn(selectionSet);
    }

    private FragmentSpreadNode[] SpreadsIn(SelectionSetNode selectionSet)
    {
        if (FragmentSpreadsCache.TryGetValue(selectionSet, out var spreads))
        {
            return spreads;
        }

        var found = FoundSpreads;
        var setsToVisit = SetsToVisit;
        found.Clear();
        setsToVisit.Push(selectionSet);
        while (setsToVisit.TryPop(out var set))
        {
            var selections = set.Selections;
            for (var i = 0; i < selections.Count; i++)
            {
                switch (selections[i])
                {
                    case FragmentSpreadNode spread:
                        found.Add(spread);
                        break;
                    case FieldNode { SelectionSet: { } fieldSet }:
                        setsToVisit.Push(fieldSet);
                        break;
                    case InlineFragmentNode inline:
                        setsToVisit.Push(inline.SelectionSet);
                        break;
                }
            }
        }

        spreads = found.Count == 0 ? [] : [.. found];
        FragmentSpreadsCache[selectionSet] = spreads;
        return spreads;
    }

    /// <summary>The fragments an operation uses, directly or through other fragments (each once, known ones only).</summary>
    /// <param name="operation">The operation.</param>
    /// <returns>The fragment definitions (cached).</returns>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (!ReferencedFragmentsCache.TryGetValue(operation, out var fragments))
        {
            fragments = CollectReferencedFragments([operation]);
            ReferencedFragmentsCache[operation] = fragments;
        }

        return fragments;
    }

    internal List<FragmentDefinitionNode> CollectReferencedFragments(IReadOnlyList<OperationDefinitionNode> operations)
    {
        var names = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var o = 0; o < operations.Count; o++)
        {
            foreach (var spread in SpreadsIn(operations[o].SelectionSet))
            {
                if (seen.Add(spread.Name.Value))
                {
                    names.Add(spread.Name.Value);
                }
            }
        }

        var fragments = new List<FragmentDefinitionNode>();
        SpendFragmentWork(names.Count);
        for (var i = 0; i < names.Count; i++)
        {
            var fragment = GetFragment(names[i]);
            if (fragment is null)
            {
                continue;
            }

            fragments.Add(fragment);
            var spreads = SpreadsIn(fragment.SelectionSet);
            SpendFragmentWork(spreads.Length);
            foreach (var spread in spreads)
            {
                if (seen.Add(spread.Name.Value))
                {
                    names.Add(spread.Name.Value);
                }
            }
        }

        return fragments;
    }

    /// <summary>Charges work against the budget that keeps fragment-heavy documents from exhausting the server.</summary>
    /// <param name="cost">The work done.</param>
    internal void SpendFragmentWork(int cost)
    {
        _remainingFragmentWork -= cost;
        if (_remainingFragmentWork < 0)
        {
            throw new ValidationAbortedException();
        }
    }
}
