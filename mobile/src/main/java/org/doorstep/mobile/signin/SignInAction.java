package org.doorstep.mobile.signin;

import org.doorstep.mobile.sync.SignInResult;

/** Signs a person in; blocks on the network (the screen runs it through its background). */
@FunctionalInterface
public interface SignInAction {
    SignInResult signIn(String username, String password);
}
