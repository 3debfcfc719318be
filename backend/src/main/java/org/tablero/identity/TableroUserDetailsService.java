package org.tablero.identity;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users live in the database; Spring Security's form login reads them from here. */
@Service
class TableroUserDetailsService implements UserDetailsService {

    private final UserRepository users;

    TableroUserDetailsService(UserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return users.findForLogin(username).orElseThrow(() -> new UsernameNotFoundException(username));
    }
}
