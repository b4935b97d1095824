using Cpd.GraphQL.Validation;
using Cpd.GraphQL.Validation.Rules;
using static Cpd.GraphQL.Tests.Validation.ValidationHarness;

namespace Cpd.GraphQL.Tests.Validation.Rules;

public partial class MaxIntrospectionDepthRuleTests
{
    private static readonly ValidationRule Rule = c => new MaxIntrospectionDepthRule(c);

    [Fact]
    public void Validate_TypeNameOnly_IsValid() => ExpectValid(
        Rule,
        """
        {
          __typename
        }
        """);

    [Fact]
    public void Validate_TwoLevelsOfFields_IsValid() => ExpectValid(
        Rule,
        """
        {
          __schema {
            types {
              fields {
                type {
                  fields {
                    name
                  }
                }
              }
            }
          }
        }
        """);

    [Fact]
    public void Validate_ThreeLevelsOfFields_ReportsError() => ExpectErrors(
        Rule,
        """
        {
          __schema {
            types {
              fields {
                type {
                  fields {
                    type {
                      fields {
                        name
                      }
                    }
                  }
                }
              }
            }
          }
        }
        """,
        Error("Maximum introspection depth exceeded", (2, 3)));

    [Fact]
    public void Validate_ThreeLevelsOfInterfaces_ReportsError() => ExpectErrors(
        Rule,
        """
        {
          __type(name: "Dog") {
            interfaces {
              interfaces {
                interfaces {
                  name
                }
              }
            }
          }
        }
        """,
        Error("Maximum introspection depth exceeded", (2, 3)));

    [Fact]
    public void Validate_ThreeLevelsThroughFragments_ReportsError() => ExpectErrors(
        Rule,
        """
        {
          __schema {
            types {
              ...Type1
            }
          }
        }
        fragment Type1 on __Type {
          fields {
            type {
              ...Type2
            }
          }
        }
        fragment Type2 on __Type {
          fields {
            type {
              ...Type3
            }
          }
        }
        fragment Type3 on __Type {
          fields {
            type {
              name
            }
          }
        }
        """,
        Error("Maximum introspection depth exceeded", (2, 3)));

    [Fact]
    public void Validate_FragmentCycleDoesNotLoop_IsValid() => ExpectValid(
        Rule,
        """
        {
          __schema {
            types {
              ...Cycle
            }
          }
        }
        fragment Cycle on __Type {
          ofType {
            ...Cycle
          }
        }
        """);
}
