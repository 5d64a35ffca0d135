package org.newsdesk.account;

/** An account change that the account rules forbid; nothing was changed. */
public class AccountChangeRefusedException extends RuntimeException {

    private final AccountProblem problem;

    AccountChangeRefusedException(AccountProblem problem) {
        super(problem.name());
        this.problem = problem;
    }

    public AccountProblem problem() {
        return problem;
    }
}
