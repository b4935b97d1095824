using System.Text.Json.Serialization.Metadata;
using Cpd.Client.Errors;
using Cpd.Client.Models;
using Cpd.Client.Transport;
using Cpd.Client.Transport.Wire;

namespace Cpd.Client;

/// <summary>Experiences members log for themselves (for members' own tools, called with a member's API key).</summary>
public sealed partial class CpdClient
{
    private static readonly GraphQLOperation LogSecondmentOperation = new(Documents.LogSecondment, nameof(Documents.LogSecondment), IsMutation: true);
    private static readonly GraphQLOperation LogShadowingOperation = new(Documents.LogShadowing, nameof(Documents.LogShadowing), IsMutation: true);
    private static readonly GraphQLOperation LogJointWorkOperation = new(Documents.LogJointWork, nameof(Documents.LogJointWork), IsMutation: true);
    private static readonly GraphQLOperation LogMentoringOperation = new(Documents.LogMentoring, nameof(Documents.LogMentoring), IsMutation: true);
    private static readonly GraphQLOperation LogPeerChallengeOperation = new(Documents.LogPeerChallenge, nameof(Documents.LogPeerChallenge), IsMutation: true);
    private static readonly GraphQLOperation LogLearningEventOperation = new(Documents.LogLearningEvent, nameof(Documents.LogLearningEvent), IsMutation: true);
    private static readonly GraphQLOperation LogCpdActivityOperation = new(Documents.LogCpdActivity, nameof(Documents.LogCpdActivity), IsMutation: true);

    /// <summary>Logs a secondment of the calling member to a host organisation.</summary>
    /// <param name="secondment">The secondment.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The experience as recorded (self-declared), or why it was rejected (such as <c>END_BEFORE_START</c>, <c>FTE_OUT_OF_RANGE</c>, <c>NOT_FOUND</c> at the host).</returns>
    /// <exception cref="CpdForbiddenException">The caller is not a member (only members log their own experiences).</exception>
    public Task<CpdResult<Experience>> LogSecondmentAsync(NewHostedExperience secondment, CancellationToken cancellationToken = default) =>
        LogAsync(LogSecondmentOperation, secondment, CpdJsonContext.Default.InputVariablesNewHostedExperience, cancellationToken);

    /// <summary>Logs shadowing by the calling member at a host organisation.</summary>
    /// <param name="shadowing">The shadowing.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The experience as recorded, or why it was rejected.</returns>
    /// <exception cref="CpdForbiddenException">The caller is not a member.</exception>
    public Task<CpdResult<Experience>> LogShadowingAsync(NewHostedExperience shadowing, CancellationToken cancellationToken = default) =>
        LogAsync(LogShadowingOperation, shadowing, CpdJsonContext.Default.InputVariablesNewHostedExperience, cancellationToken);

    /// <summary>Logs joint work (an integrated team or joint project) of the calling member with a host organisation.</summary>
    /// <param name="jointWork">The joint work.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The experience as recorded, or why it was rejected.</returns>
    /// <exception cref="CpdForbiddenException">The caller is not a member.</exception>
    public Task<CpdResult<Experience>> LogJointWorkAsync(NewHostedExperience jointWork, CancellationToken cancellationToken = default) =>
        LogAsync(LogJointWorkOperation, jointWork, CpdJsonContext.Default.InputVariablesNewHostedExperience, cancellationToken);

    /// <summary>Logs mentoring the calling member gave or received.</summary>
    /// <param name="mentoring">The mentoring.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The experience as recorded, or why it was rejected (such as <c>UNKNOWN_SECTOR</c>).</returns>
    /// <exception cref="CpdForbiddenException">The caller is not a member.</exception>
    public Task<CpdResult<Experience>> LogMentoringAsync(NewMentoring mentoring, CancellationToken cancellationToken = default) =>
        LogAsync(LogMentoringOperation, mentoring, CpdJsonContext.Default.InputVariablesNewMentoring, cancellationToken);

    /// <summary>Logs a peer challenge of the calling member, as reviewer or host.</summary>
    /// <param name="peerChallenge">The peer challenge.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The experience as recorded, or why it was rejected (such as <c>HOURS_OUT_OF_RANGE</c>).</returns>
    /// <exception cref="CpdForbiddenException">The caller is not a member.</exception>
    public Task<CpdResult<Experience>> LogPeerChallengeAsync(NewPeerChallenge peerChallenge, CancellationToken cancellationToken = default) =>
        LogAsync(LogPeerChallengeOperation, peerChallenge, CpdJsonContext.Default.InputVariablesNewPeerChallenge, cancellationToken);

    /// <summary>Logs a cross-sector learning event the calling member attended.</summary>
    /// <param name="learningEvent">The learning event.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The experience as recorded, or why it was rejected (such as <c>UNKNOWN_LEARNING_CATEGORY</c>).</returns>
    /// <exception cref="CpdForbiddenException">The caller is not a member.</exception>
    public Task<CpdResult<Experience>> LogLearningEventAsync(NewLearningEvent learningEvent, CancellationToken cancellationToken = default) =>
        LogAsync(LogLearningEventOperation, learningEvent, CpdJsonContext.Default.InputVariablesNewLearningEvent, cancellationToken);

    /// <summary>Logs other learning of the calling member.</summary>
    /// <param name="activity">The activity.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The experience as recorded, or why it was rejected.</returns>
    /// <exception cref="CpdForbiddenException">The caller is not a member.</exception>
    public Task<CpdResult<Experience>> LogCpdActivityAsync(NewCpdActivity activity, CancellationToken cancellationToken = default) =>
        LogAsync(LogCpdActivityOperation, activity, CpdJsonContext.Default.InputVariablesNewCpdActivity, cancellationToken);

    private Task<CpdResult<Experience>> LogAsync<TInput>(
        GraphQLOperation operation,
        TInput input,
        JsonTypeInfo<InputVariables<TInput>> variablesType,
        CancellationToken cancellationToken)
        where TInput : class
    {
        ArgumentNullException.ThrowIfNull(input);
        return MutateAsync(
            operation,
            new InputVariables<TInput>(input),
            variablesType,
            CpdJsonContext.Default.MutationDataExperiencePayload,
            data => data.Payload,
            payload => payload.Experience,
            cancellationToken);
    }
}
