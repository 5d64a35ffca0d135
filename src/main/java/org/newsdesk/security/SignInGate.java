package org.newsdesk.security;

/**
 * Decides before any password is checked whether a sign-in attempt may go ahead. Features implement it as a
 * bean; a refused attempt fails with the same message as a wrong password, so it reveals nothing.
 */
public interface SignInGate {

    boolean admits(String clientAddress);
}
